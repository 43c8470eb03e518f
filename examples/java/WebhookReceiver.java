// Receive WhatsApp webhooks: the handshake, the signature check, every event printed.
// com.sun.net.httpserver and javax.crypto.Mac from the JDK, Jackson for the JSON. Meta signs the raw
// body with your app secret (X-Hub-Signature-256: sha256=<hex HMAC-SHA256>): check it over the bytes
// received, before parsing. WHATSAPP_APP_SECRET=... WHATSAPP_VERIFY_TOKEN=... java WebhookReceiver
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class WebhookReceiver {
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024; // Meta's payloads stay under 3 MB
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** HMAC-SHA256 of the raw body under the app secret, compared in constant time. */
    static boolean signatureOk(byte[] body, String header, String appSecret) throws Exception {
        if (header == null || !header.startsWith("sha256=")) return false;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, header.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) return params;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) params.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static String describeMessage(JsonNode message) {
        String type = message.path("type").asText();
        String detail = null;
        if (type.equals("text")) detail = message.path("text").path("body").asText();
        if (type.equals("button")) detail = message.path("button").path("payload").asText(); // the quick-reply payload you sent
        if (type.equals("interactive")) {
            JsonNode interactive = message.path("interactive");
            JsonNode reply = interactive.has("button_reply") ? interactive.get("button_reply") : interactive.path("list_reply");
            detail = reply.has("id") ? reply.get("id").asText() : interactive.path("type").asText();
        }
        String sender = message.has("from") ? message.get("from").asText() : message.path("from_user_id").asText();
        String line = "message " + type + " " + message.path("id").asText() + " from " + sender;
        return detail == null ? line : line + ": " + detail;
    }

    /** One line per event of every entry and change, in payload order:
     *   message            message <type> <wamid> from <from or from_user_id>[: <detail>]
     *   status             status <status> <wamid> to <recipient_id or recipient_user_id>[ error <code>]
     *   error              error <code>
     *   template_status    template_status <event> <template name>
     *   template_quality   template_quality <new_quality_score> <template name>
     *   template_category  template_category <new_category> <template name>
     *   unknown            unknown <field>
     */
    static List<String> events(JsonNode payload) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                String field = change.path("field").asText();
                JsonNode value = change.path("value");
                switch (field) {
                    case "messages" -> {
                        for (JsonNode message : value.path("messages")) lines.add(describeMessage(message));
                        for (JsonNode status : value.path("statuses")) {
                            String recipient = status.has("recipient_id") ? status.get("recipient_id").asText() : status.path("recipient_user_id").asText();
                            JsonNode errors = status.path("errors");
                            String error = errors.size() > 0 ? " error " + errors.get(0).path("code").asText() : "";
                            lines.add("status " + status.path("status").asText() + " " + status.path("id").asText() + " to " + recipient + error);
                        }
                        for (JsonNode error : value.path("errors")) lines.add("error " + error.path("code").asText());
                    }
                    case "message_template_status_update" ->
                        lines.add("template_status " + value.path("event").asText() + " " + value.path("message_template_name").asText());
                    case "message_template_quality_update" ->
                        lines.add("template_quality " + value.path("new_quality_score").asText() + " " + value.path("message_template_name").asText());
                    case "template_category_update" ->
                        lines.add("template_category " + value.path("new_category").asText() + " " + value.path("message_template_name").asText());
                    default -> lines.add("unknown " + field); // a field this receiver does not handle: never an error
                }
            }
        }
        return lines;
    }

    static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    public static void main(String[] args) throws Exception {
        String appSecret = env("WHATSAPP_APP_SECRET", null);
        String verifyToken = env("WHATSAPP_VERIFY_TOKEN", null);
        if (appSecret == null || verifyToken == null) throw new IllegalStateException("Set WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN");
        InetSocketAddress address = new InetSocketAddress(env("HOST", "127.0.0.1"), Integer.parseInt(env("PORT", "3000")));
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/webhook", exchange -> {
            try {
                if (exchange.getRequestMethod().equals("GET")) {
                    // The subscription handshake: echo hub.challenge when the verify token matches.
                    Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
                    String challenge = params.getOrDefault("hub.challenge", "");
                    byte[] token = params.getOrDefault("hub.verify_token", "").getBytes(StandardCharsets.UTF_8);
                    boolean ok = "subscribe".equals(params.get("hub.mode")) && !challenge.isEmpty()
                        && MessageDigest.isEqual(token, verifyToken.getBytes(StandardCharsets.UTF_8));
                    answer(exchange, ok ? 200 : 403, ok ? challenge : "Forbidden");
                    return;
                }
                if (!exchange.getRequestMethod().equals("POST")) {
                    answer(exchange, 405, "Method Not Allowed");
                    return;
                }
                byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
                if (body.length > MAX_BODY_BYTES) {
                    answer(exchange, 413, "Payload Too Large");
                    return;
                }
                if (!signatureOk(body, exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"), appSecret)) {
                    answer(exchange, 401, "Invalid signature");
                    return;
                }
                JsonNode payload;
                try {
                    payload = MAPPER.readTree(body);
                } catch (IOException malformed) {
                    answer(exchange, 400, "Malformed JSON");
                    return;
                }
                if (payload == null || !"whatsapp_business_account".equals(payload.path("object").asText())) {
                    answer(exchange, 400, "Not a WhatsApp webhook");
                    return;
                }
                // Meta retries any answer but 200 and delivers duplicates: handle events idempotently
                // (dedupe on the WAMID, and the status for statuses).
                for (String line : events(payload)) OUT.println(line);
                answer(exchange, 200, "OK");
            } catch (Exception e) {
                e.printStackTrace();
                answer(exchange, 500, "Internal Server Error");
            }
        });
        server.start();
        OUT.println("Listening on http://" + address.getHostString() + ":" + server.getAddress().getPort() + "/webhook");
    }
}
