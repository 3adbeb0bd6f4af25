package cn.luzhi.command.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for integration tests: real requests, real status codes, real JSON. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String baseUrl;

    public Api(int port) {
        this(port, false);
    }

    /** With {@code keepSession}, the client keeps cookies as a browser or a long-running integration would. */
    public Api(int port, boolean keepSession) {
        this.baseUrl = "http://localhost:" + port;
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (keepSession) {
            builder.cookieHandler(new java.net.CookieManager());
        }
        this.client = builder.build();
    }

    /** One response: status, headers and the body as JSON (null when empty or not JSON). */
    public record Response(int status, Map<String, String> headers, String text) {

        public JsonNode json() {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public Response post(String path, String user, String password, String body, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        return send(request, user, password, headerPairs);
    }

    public Response get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user, password);
    }

    private Response send(HttpRequest.Builder request, String user, String password, String... headerPairs) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            return new Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
