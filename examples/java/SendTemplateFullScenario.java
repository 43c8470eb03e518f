// Template recipe 4: image header, named body, several buttons: POST /v1/{phoneNumberId}/messages (scope messages:send).
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class SendTemplateFullScenario {
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static void main(String[] args) throws Exception {
        String sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
        String sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
        String phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
        String recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");
        ObjectMapper mapper = new ObjectMapper();
        OkHttpClient client = new OkHttpClient();
        Map<String, Object> body = Map.of(
            "messaging_product", "whatsapp",
            "to", recipientPhone,
            "type", "template",
            "template", Map.of(
                "name", "order_confirmation_v2",
                "language", Map.of(
                    "code", "en_US"
                ),
                "components", List.of(
                    Map.of(
                        "type", "header",
                        "parameters", List.of(
                            Map.of(
                                "type", "image",
                                "image", Map.of(
                                    "link", "https://cdn.example.com/orders/ORD-90211.jpg"
                                )
                            )
                        )
                    ),
                    Map.of(
                        "type", "body",
                        "parameters", List.of(
                            Map.of(
                                "type", "text",
                                "parameter_name", "customer_name",
                                "text", "Alice"
                            ),
                            Map.of(
                                "type", "text",
                                "parameter_name", "order_id",
                                "text", "ORD-90211"
                            ),
                            Map.of(
                                "type", "text",
                                "parameter_name", "amount",
                                "text", "$259.00"
                            )
                        )
                    ),
                    Map.of(
                        "type", "button",
                        "sub_type", "quick_reply",
                        "index", "0",
                        "parameters", List.of(
                            Map.of(
                                "type", "payload",
                                "payload", "TRACK_PKG_90211"
                            )
                        )
                    ),
                    Map.of(
                        "type", "button",
                        "sub_type", "quick_reply",
                        "index", "1",
                        "parameters", List.of(
                            Map.of(
                                "type", "payload",
                                "payload", "CONTACT_AGENT_90211"
                            )
                        )
                    ),
                    Map.of(
                        "type", "button",
                        "sub_type", "url",
                        "index", "2",
                        "parameters", List.of(
                            Map.of(
                                "type", "text",
                                "text", "ORD-90211"
                            )
                        )
                    )
                )
            )
        );
        Request request = new Request.Builder()
            .url(sigfollowBaseUrl + "/v1/" + encode(phoneNumberId) + "/messages")
            .header("Authorization", "Bearer " + sigfollowApiKey)
            .post(RequestBody.create(MediaType.parse("application/json"), mapper.writeValueAsString(body)))
            .build();
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            Map<?, ?> data = mapper.readValue(text, Map.class);
            if (!response.isSuccessful()) {
                Map<?, ?> error = (Map<?, ?>) data.get("error");
                throw new IllegalStateException("HTTP " + response.code() + ": (#" + error.get("code") + ") " + error.get("message"));
            }
            System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(data));
        }
    }
}
