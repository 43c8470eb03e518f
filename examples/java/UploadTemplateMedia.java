// Upload template header media (returns a header_handle): POST /v1/{wabaId}/template_media (scope templates:write).
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class UploadTemplateMedia {
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
        String mediaFile = env("MEDIA_FILE", "banner.jpg");
        ObjectMapper mapper = new ObjectMapper();
        OkHttpClient client = new OkHttpClient();
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
        form.addFormDataPart("file", new File(mediaFile).getName(), RequestBody.create(MediaType.parse("image/jpeg"), new File(mediaFile)));
        Request request = new Request.Builder()
            .url(sigfollowBaseUrl + "/v1/" + encode(wabaId) + "/template_media")
            .header("Authorization", "Bearer " + sigfollowApiKey)
            .post(form.build())
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
