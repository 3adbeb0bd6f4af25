package cn.luzhi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The command and query API as one demo account uses it: HTTP Basic, keeping the session cookie so that BCrypt
 * checks the password once rather than on every request. It remembers the command id of every command the
 * server acknowledged, so that a test can look for each one in the event store.
 */
public final class StaffApi {

    /** One answer: status and body. */
    public record Answer(int status, String body) {
    }

    private final URI base;
    private final String user;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final List<String> acknowledged = new CopyOnWriteArrayList<>();

    public StaffApi(URI base, String user, String password) {
        this.base = base;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** The raw bytes of a 200 answer (an image, for instance); anything else fails the test. */
    byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("%s GET %s", user, path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(user + " could not reach " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(user + " was interrupted", e);
        }
    }

    public Answer post(String path, String json) {
        Answer answer = send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        if (answer.status() / 100 == 2 && answer.body().contains("\"commandId\"")) {
            acknowledged.add(JsonPath.read(answer.body(), "$.commandId"));
        }
        return answer;
    }

    /** The command ids of the commands the server answered with 2xx, in the order they were answered. */
    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Creates a record and returns its id; anything but 201 fails the test with the server's explanation. */
    String create(String path, String json) {
        Answer answer = post(path, json);
        assertThat(answer.status()).as("%s POST %s: %s", user, path, answer.body()).isEqualTo(201);
        return JsonPath.read(answer.body(), "$.aggregateId");
    }

    /** Sends an action on an existing case; anything but 200 fails the test with the server's explanation. */
    void act(String path, String json) {
        Answer answer = post(path, json);
        assertThat(answer.status()).as("%s POST %s: %s", user, path, answer.body()).isEqualTo(200);
    }

    /** Creates a reference record unless one with the same id exists already (demo data may have made it). */
    void ensure(String path, String json) {
        Answer answer = post(path, json);
        boolean existed = answer.status() == 409 && answer.body().contains("urn:luzhi:problem:already-exists");
        assertThat(answer.status() == 201 || existed).as("%s POST %s: %d %s", user, path, answer.status(),
                answer.body()).isTrue();
    }

    /** A number from a JSON answer that must be 200, e.g. {@code $.petitions.received} of the cockpit summary. */
    long number(String path, String jsonPath) {
        Answer answer = get(path);
        assertThat(answer.status()).as("%s GET %s: %s", user, path, answer.body()).isEqualTo(200);
        return JsonPath.<Number>read(answer.body(), jsonPath).longValue();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(user + " could not reach " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(user + " was interrupted", e);
        }
    }
}
