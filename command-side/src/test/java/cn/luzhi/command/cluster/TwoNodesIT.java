package cn.luzhi.command.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.command.CommandSideApplication;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import cn.luzhi.command.support.RetryRace;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two command-side JVMs on one database: this test's own, and the node jar started as a separate process.
 * Retries, races and deadlines behave as with one node. Both nodes are started once for all the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final String PASSWORD = "two-nodes-password";
    private static final String SUBMIT = """
            {"source": "LETTER_OR_PHONE", "regionId": "150102001", "petitioner": {"name": "郑十一"},
             "title": "公交站台破损", "content": "站台顶棚漏雨"}""";

    private final String databaseUrl = TestDatabase.newDatabase();
    private ConfigurableApplicationContext nodeA;
    private Process nodeB;
    private Api apiA;
    private Api apiB;
    private int portA;
    private int portB;

    @BeforeAll
    void startBothNodes() throws Exception {
        portB = freePort();
        nodeB = new ProcessBuilder(Stream.concat(
                Stream.of(javaBinary(), "-jar", nodeJar().toString()), nodeArgs(portB).stream()).toList())
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("node-b", ".log").toFile())
                .start();
        nodeA = new SpringApplicationBuilder(CommandSideApplication.class)
                .run(nodeArgs(0).toArray(String[]::new));
        portA = nodeA.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        apiA = new Api(portA);
        apiB = new Api(portB);
        awaitHealthy(apiB);
        ReferenceData.ensure(apiA, PASSWORD);
    }

    @AfterAll
    void stopBothNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.destroy();
        }
    }

    @Test
    void shouldAppendOnceForOneCommandIdSentToBothNodes() throws Exception {
        String id = submit(apiA);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Api node = i % 2 == 0 ? apiA : apiB;
            answers.add(CompletableFuture.supplyAsync(() -> node.post("/api/petitions/" + id + "/urge", "supervisor",
                    PASSWORD, "{\"reason\": \"请尽快办理\"}", "Idempotency-Key", "urge-once-" + id), clients));
        }
        List<Api.Response> responses = answers.stream().map(CompletableFuture::join).toList();
        clients.shutdown();

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.text()).isEqualTo(200));
        assertThat(responses).extracting(response -> response.json().get("version").asLong()).containsOnly(1L);
        assertThat(eventsOf(id, "PetitionUrged")).isEqualTo(1);
    }

    @Test
    void shouldGiveEveryRacingRetryOfACreationTheFirstAnswerOnEitherNode() throws Exception {
        for (int round = 0; round < 20; round++) {
            String key = "race-two-nodes-" + UUID.randomUUID();
            List<Api.Response> answers = RetryRace.run(List.of(apiA, apiB), 16, "/api/petitions", "clerk", PASSWORD,
                    SUBMIT, key);

            RetryRace.assertEveryoneGotTheFirstAnswer(answers, 201);
            assertThat(RetryRace.eventsAppendedBy(jdbc(), key)).isEqualTo(1);
            assertThat(RetryRace.commandLogRows(jdbc(), key)).isEqualTo(1);
        }
    }

    @Test
    void shouldGiveEveryRacingRetryOfAnActionTheFirstAnswerOnEitherNode() throws Exception {
        for (int round = 0; round < 10; round++) {
            String id = submit(apiA);
            String key = "race-two-nodes-accept-" + UUID.randomUUID();
            List<Api.Response> answers = RetryRace.run(List.of(apiA, apiB), 16, "/api/petitions/" + id + "/accept",
                    "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}", key);

            RetryRace.assertEveryoneGotTheFirstAnswer(answers, 200);
            assertThat(eventsOf(id, "PetitionAccepted")).isEqualTo(1);
            assertThat(RetryRace.commandLogRows(jdbc(), key)).isEqualTo(1);
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoRacingCommandsOnTheSameVersionThrough() {
        String id = submit(apiA);
        CompletableFuture<Api.Response> viaA = CompletableFuture.supplyAsync(() -> apiA.post(
                "/api/petitions/" + id + "/accept", "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}", "If-Match", "0"));
        CompletableFuture<Api.Response> viaB = CompletableFuture.supplyAsync(() -> apiB.post(
                "/api/petitions/" + id + "/decline", "deputy", PASSWORD, "{\"reason\": \"不属受理范围\"}", "If-Match", "0"));

        List<Integer> statuses = Stream.of(viaA.join(), viaB.join()).map(Api.Response::status).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(eventsOf(id, "PetitionAccepted") + eventsOf(id, "PetitionDeclined")).isEqualTo(1);
    }

    @Test
    void shouldRegisterA12345TicketNumberOnceWhenBothNodesGetItAtOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = "GD-2N-" + UUID.randomUUID().toString().substring(0, 23);
            String body = """
                    {"source": "HOTLINE_12345", "regionId": "150102001", "deputyId": "d-zhang",
                     "petitioner": {"name": "郑十三"}, "title": "同一工单", "content": "热线转来",
                     "hotlineTicket": {"ticketNumber": "%s", "receivedOn": "2026-01-05", "escalationReason": "多次转派"}}"""
                    .formatted(number);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
            for (Api node : List.of(apiA, apiB)) {
                answers.add(CompletableFuture.supplyAsync(() -> node.post("/api/petitions", "clerk", PASSWORD, body),
                        clients));
            }
            List<Api.Response> responses = answers.stream().map(CompletableFuture::join).toList();
            clients.shutdown();

            assertThat(responses).extracting(Api.Response::status).as(responses.toString())
                    .containsExactlyInAnyOrder(201, 409);
            Api.Response refused = responses.stream().filter(response -> response.status() == 409).findFirst()
                    .orElseThrow();
            Api.Response created = responses.stream().filter(response -> response.status() == 201).findFirst()
                    .orElseThrow();
            assertThat(refused.json().get("existingId").asText())
                    .isEqualTo(created.json().get("aggregateId").asText());
        }
    }

    @Test
    void shouldFireADeadlineOnExactlyOneNode() throws InterruptedException {
        String id = submit(apiA);
        apiB.post("/api/petitions/" + id + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-li\"}");
        Api.Response forwarded = apiA.post("/api/petitions/" + id + "/forward", "clerk", PASSWORD,
                "{\"unitIds\": [\"u-water\"], \"replyDueAt\": \"" + Instant.now().plusSeconds(2) + "\"}");
        assertThat(forwarded.status()).as(forwarded.text()).isEqualTo(200);

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (eventsOf(id, "PetitionOverdue") == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        assertThat(eventsOf(id, "PetitionOverdue")).isEqualTo(1);
    }

    @Test
    void shouldKeepABrowserLoggedInOnOneNodeLoggedInOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String tokenOnA = csrfToken(browser, portA);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + portA + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(tokenOnA, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        // Node B has never seen this browser: only the shared session says who it is, and holds its CSRF token.
        String tokenOnB = csrfToken(browser, portB);
        HttpResponse<String> submitted = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + portB + "/api/petitions"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", tokenOnB)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"source": "LETTER_OR_PHONE", "regionId": "150102001", "petitioner": {"name": "郑十二"},
                         "title": "路灯不亮", "content": "小区路灯坏了一个月"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    }

    @Test
    void shouldEndADisabledAccountsBrowserSessionOnTheOtherNode() throws Exception {
        String name = "two-nodes-" + Long.toString(System.nanoTime(), 36);
        Api.Response created = apiB.post("/api/accounts", "admin", PASSWORD, """
                {"accountId": "%s", "displayName": "两节点测试", "role": "CLERK", "reason": "两节点测试开设"}"""
                .formatted(name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String oneTime = created.json().get("result").get("oneTimePassword").asText();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + portA + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + oneTime + "&_csrf="
                        + URLEncoder.encode(csrfToken(browser, portA), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpRequest account = HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/api/account")).build();
        assertThat(browser.send(account, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        // Disabled through node B: node A's next request finds no session in the shared store.
        assertThat(apiB.post("/api/accounts/" + name + "/disable", "admin", PASSWORD, "{\"reason\": \"离职\"}")
                .status()).isEqualTo(200);
        assertThat(browser.send(account, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    /** The CSRF token the login page shows to this browser's session on one node. */
    private static String csrfToken(HttpClient browser, int port) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        return token.group(1);
    }

    private String submit(Api api) {
        Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }

    private JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    private long eventsOf(String aggregateId, String eventName) {
        return jdbc().sql(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(aggregateId, "cn.luzhi.events.petition." + eventName).query(Long.class).single();
    }

    private List<String> nodeArgs(int port) {
        return List.of("--spring.config.name=command-side", "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=", "--luzhi.accounts.demo-enabled=true",
                "--luzhi.accounts.demo-password=" + PASSWORD, "--luzhi.scheduler.polling-interval=200ms",
                "--luzhi.accounts.demo-deputy-id=" + ReferenceData.LINKED_DEPUTY,
                "--" + CommandSideIntegrationTest.AUDIT_KEYS);
    }

    /** The runnable node jar the package phase built before the integration tests run. */
    private static Path nodeJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No command-side exec jar in target/"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitHealthy(Api api) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (api.get("/actuator/health", null, null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // The second node is still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The second node did not start within 180 s");
    }
}
