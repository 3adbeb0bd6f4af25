package cn.luzhi.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.io.ByteArrayInputStream;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based tests (QuickTheories) of the command API over real HTTP and PostgreSQL: whatever a client sends to
 * any command route (random, malformed or malicious), the answer is 2xx, or 4xx with a Chinese RFC 9457 problem
 * body, never 5xx; and the number of stored events changes only on 2xx. The routes come from the application's
 * own {@link CommandRoutes} beans, so a new route is covered without a change here.
 * <p>
 * Each random property tries {@code luzhi.fuzz.tries} requests (100 by default; with the sweep over every route
 * about 350 requests, one to two minutes on an idle machine). A longer campaign:
 * {@code mvn -o -B -pl command-side -am verify -Dtest=none -Dit.test=HostileInputIT -Dluzhi.fuzz.tries=5000
 * -Dsurefire.failIfNoSpecifiedTests=false -Dskip.npm}; a failure prints its seed, which {@code -DQT_SEED=...}
 * replays.
 */
class HostileInputIT extends CommandSideIntegrationTest {

    private static final int TRIES = Integer.getInteger("luzhi.fuzz.tries", 100);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUBMIT_TEMPLATE = """
            {"source": "DEPUTY_QR_CODE", "regionId": "150102001", "deputyId": "d-zhang",
             "petitioner": {"name": "%s", "phone": "13700001111"}, "title": "%s", "content": "小区门口路灯坏了"}""";
    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

    @Autowired
    private List<CommandRoutes> routeTables;

    private final HostilePayloads payloads = new HostilePayloads();
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    private List<CommandRoute> routes;

    @BeforeEach
    void routes() {
        routes = routeTables.stream().flatMap(table -> table.routes().stream()).toList();
    }

    @Test
    void shouldAnswerEveryRouteWithSuccessOrAProblemWhenItsFieldsAreHostile() {
        assertThat(routes).hasSizeGreaterThan(50);
        for (CommandRoute route : routes) {
            theory(2).forAll(payloads.fieldLevel(List.of(route))).checkAssert(this::answersSafely);
        }
    }

    @Test
    void shouldNeverFailOnRandomFieldsAcrossAllRoutes() {
        theory(TRIES).forAll(payloads.fieldLevel(routes)).checkAssert(this::answersSafely);
    }

    @Test
    void shouldNeverFailOnBrokenBodiesAndContentTypes() {
        theory(TRIES).forAll(payloads.wholeBody(routes)).checkAssert(this::answersSafely);
    }

    @Test
    void shouldAnswerAnEncodedSlashInTheAddressWithAProblem() {
        // Tomcat refuses it before the application sees the request; its English HTML page was the answer.
        assertProblem(post("/api/petitions/a%2Fb/accept", "{}", "application/json"), 400);
    }

    @Test
    void shouldAnswerASemicolonInTheAddressWithAProblem() {
        // Spring Security's firewall refuses it; its bare 400 had no body.
        assertProblem(post("/api/petitions/a;b=c/accept", "{}", "application/json"), 400);
    }

    @Test
    void shouldRefuseADeclaredOversizedBodyWith413AndStoreNothing() {
        long before = storedEvents();
        String body = "{\"title\": \"" + "长".repeat(400_000) + "\"}";
        assertProblem(post("/api/petitions", body, "application/json"), 413);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAChunkedOversizedBodyWith413() {
        byte[] body = ("{\"title\": \"" + "长".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/petitions"))
                .header("Authorization", basic("clerk")).header("Content-Type", "application/json")
                // No declared length: the body arrives in chunks and is counted as it is read.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertProblem(exchange(HttpClient.newHttpClient(), request, "chunked body"), 413);
    }

    @Test
    void shouldAnswerAnOversizedHeaderWithAProblem() {
        HttpResponse<String> answer = post("/api/petitions", "{}", "application/json",
                "Idempotency-Key", "k".repeat(20_000));
        assertThat(answer.statusCode() / 100).isEqualTo(4);
        assertProblem(answer, answer.statusCode());
    }

    @Test
    void shouldStoreOrRefuseTextThatPostgresqlCannotHoldWithoutFailing() {
        for (String text : List.of("\\u0000", "a\\u0000b", "\\ud800", "x\\udfff", "\\u202e\\u0007")) {
            String body = SUBMIT_TEMPLATE.formatted(text, "路灯不亮");
            long before = storedEvents();
            HttpResponse<String> inName = post("/api/petitions", body, "application/json");
            assertSafe(inName, before, "name " + text);
            before = storedEvents();
            HttpResponse<String> inTitle = post("/api/petitions", SUBMIT_TEMPLATE.formatted("王五", text), "application/json");
            assertSafe(inTitle, before, "title " + text);
        }
    }

    @Test
    void shouldRefuseAReplyDeadlineBeyondWhatCanBeScheduled() {
        for (String due : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z")) {
            HttpResponse<String> submitted = post("/api/petitions", SUBMIT_TEMPLATE.formatted("王五", "路灯不亮"),
                    "application/json");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            String id = JSON.readTree(submitted.body()).path("aggregateId").asText();
            HttpResponse<String> accepted = post("/api/petitions/" + id + "/accept", "{\"deputyId\": \"d-zhang\"}",
                    "application/json");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

            long before = storedEvents();
            HttpResponse<String> forwarded = post("/api/petitions/" + id + "/forward",
                    "{\"unitIds\": [\"u-water\"], \"replyDueAt\": \"" + due + "\"}", "application/json");
            assertSafe(forwarded, before, "replyDueAt " + due);
        }
    }

    private void assertSafe(HttpResponse<String> answer, long eventsBefore, String what) {
        assertThat(answer.statusCode() / 100).as("%s: %s", what, answer.body()).isIn(2, 4);
        if (answer.statusCode() >= 400) {
            assertProblem(answer, answer.statusCode());
            assertThat(storedEvents()).as(what).isEqualTo(eventsBefore);
        }
    }

    private HttpResponse<String> post(String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("clerk")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(HttpClient.newHttpClient(), request.build(), path);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("detail").asText()).containsPattern(CHINESE);
    }

    private static QuickTheory theory(int examples) {
        // Each shrink step is a real request: a few are enough to make a failure readable.
        return qt().withExamples(examples).withShrinkCycles(20);
    }

    /** The property: 2xx, or 4xx with a Chinese problem body and not one event more. */
    private void answersSafely(HostilePayloads.Attempt attempt) {
        long before = storedEvents();
        HttpResponse<String> answer = send(attempt);
        long after = storedEvents();
        int status = answer.statusCode();
        STATUSES.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();

        assertThat(status / 100).as("status %d of %s: %s", status, attempt, answer.body()).isIn(2, 4);
        if (status >= 400) {
            assertThat(after).as("events stored although %d was answered to %s", status, attempt).isEqualTo(before);
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as("content type of %d to %s: %s", status, attempt, answer.body())
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("detail").asText()).as("detail of %d to %s", status, attempt)
                    .containsPattern(CHINESE);
        } else if (attempt.route().creates()) {
            payloads.created(attempt.route().collection(), JSON.readTree(answer.body()).path("aggregateId").asText());
        }
    }

    /** Events written by requests; overdue events raised by deadlines in the meantime do not count. */
    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%Overdue'")
                .query(Long.class).single();
    }

    @AfterAll
    static void printStatuses() {
        System.out.println("HostileInputIT answers by status: " + new TreeMap<>(STATUSES));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HostilePayloads.Attempt attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + attempt.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(attempt.user()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        if (attempt.ifMatch() != null) {
            request.header("If-Match", attempt.ifMatch());
        }
        if (attempt.idempotencyKey() != null) {
            request.header("Idempotency-Key", attempt.idempotencyKey());
        }
        // One client per account keeps its session cookie, so the password is checked once, not on every request.
        HttpClient client = clients.computeIfAbsent(attempt.user(),
                user -> HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        return exchange(client, request.build(), attempt);
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest request, Object what) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer to " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
