// Create recipe 2: named body variables: POST /v1/{wabaId}/message_templates (scope templates:write).
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

public class CreateTemplateNamed {
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
        String wabaId = env("WABA_ID", "WABA_ID");
        ObjectMapper mapper = new ObjectMapper();
        OkHttpClient client = new OkHttpClient();
        Map<String, Object> body = Map.of(
            "name", "order_shipped_named",
            "language", "en_US",
            "category", "UTILITY",
            "parameter_format", "NAMED",
            "components", List.of(
                Map.of(
                    "type", "BODY",
                    "text", "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.",
                    "example", Map.of(
                        "body_text_named_params", List.of(
                            Map.of(
                                "param_name", "customer_name",
                                "example", "Alice"
                            ),
                            Map.of(
                                "param_name", "order_id",
                                "example", "ORD-90211"
                            ),
                            Map.of(
                                "param_name", "ship_date",
                                "example", "Apr 22"
                            )
                        )
                    )
                )
            )
        );
        Request request = new Request.Builder()
            .url(sigfollowBaseUrl + "/v1/" + encode(wabaId) + "/message_templates")
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
