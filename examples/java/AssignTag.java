// Assign a tag to a contact: POST /v1/contacts/{contactId}/tags (scope contacts:write).
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class AssignTag {
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
        String contactId = env("CONTACT_ID", "cm5xy123");
        String tagId = env("TAG_ID", "cm5tag42abcdef");
        ObjectMapper mapper = new ObjectMapper();
        OkHttpClient client = new OkHttpClient();
        Map<String, Object> body = Map.of(
            "tag_id", tagId,
            "reason", "Imported from Salesforce VIP list"
        );
        Request request = new Request.Builder()
            .url(sigfollowBaseUrl + "/v1/contacts/" + encode(contactId) + "/tags")
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
