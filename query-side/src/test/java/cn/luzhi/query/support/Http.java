package cn.luzhi.query.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP requests against the running query side, as a given member of staff. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public record Response(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** GET {@code path} as {@code user} (an account named after its role), or anonymously when null. */
    public Response get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user);
    }

    /** A download: GET {@code path} as {@code user} (anonymously when null), the body as bytes, with the headers. */
    public HttpResponse<byte[]> download(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST with an empty body to {@code path} as {@code user}, or anonymously when null. */
    public Response post(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()),
                user);
    }

    /** POST with an empty body to {@code path} as a browser would, with its session cookie and nothing else. */
    public Response postWithSessionCookie(String path, String sessionId) {
        // Spring Session's cookie holds the session id in base64.
        String cookie = Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Cookie", "SESSION=" + cookie), null);
    }

    private Response send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + StaffAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
