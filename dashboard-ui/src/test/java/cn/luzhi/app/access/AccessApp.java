package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.TestApplications;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One all-in-one application shared by the access tests, started on first use and stopped when the test JVM ends.
 * Demo data is off; the demo accounts are on and linked to this class's own reference data: the deputy to
 * {@link #DEPUTY}, the unit to {@link #UNIT}, the supervisor and leader to the district.
 */
final class AccessApp {

    static final String PASSWORD = "access-test-password";
    static final String DISTRICT = "150102";
    static final String TOWN = "150102001";
    static final String OTHER_TOWN = "150102002";
    static final String STATION = "s-access";
    static final String DEPUTY = "d-access";
    static final String OTHER_DEPUTY = "d-access-other";
    static final String UNIT = "u-access";
    static final String OTHER_UNIT = "u-access-other";
    static final String COURT = "u-access-court";

    private static AccessApp shared;

    private final ConfigurableApplicationContext app;
    private final URI base;

    private AccessApp(ConfigurableApplicationContext app, URI base) {
        this.app = app;
        this.base = base;
    }

    static synchronized AccessApp get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.app::close));
            shared.registerReferenceData();
        }
        return shared;
    }

    URI base() {
        return base;
    }

    int port() {
        return base.getPort();
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    ConfigurableApplicationContext context() {
        return app;
    }

    /** The API as a logged-in account (HTTP Basic, keeping the session so BCrypt runs once). */
    Client as(String user) {
        return new Client(base, user == null ? null : basic(user));
    }

    /** The API without credentials. */
    Client anonymous() {
        return new Client(base, null);
    }

    /** A staff account besides the demo ones, linked as {@link UserDirectory#save} says. */
    void account(String username, ActorRole role, String linkId) {
        bean(UserDirectory.class).save(username, bean(PasswordEncoder.class).encode(PASSWORD), "测试" + role.label(),
                role, false, linkId);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A petition in {@code town} received through {@code deputyId}'s QR code, as the clerk registers it. */
    String petition(String town, String deputyId, String petitionerJson) {
        Client.Answer created = as("clerk").post("/api/petitions", """
                {"source": "DEPUTY_QR_CODE", "regionId": "%s", "deputyId": "%s", "petitioner": %s,
                 "title": "小区路灯不亮", "content": "晚上出行不便"}""".formatted(town, deputyId, petitionerJson));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.field("aggregateId");
    }

    /** Waits until {@code user} can read {@code path} (the read model has caught up with what makes it visible). */
    void awaitReadable(String user, String path) {
        awaitReadable(user, path, body -> true);
    }

    /** Waits until {@code user} reads {@code path} and its body shows what {@code caughtUp} looks for. */
    void awaitReadable(String user, String path, Predicate<String> caughtUp) {
        Instant giveUp = Instant.now().plusSeconds(30);
        Client client = as(user);
        Client.Answer answer = client.get(path);
        while (answer.status() != 200 || !caughtUp.test(answer.body())) {
            assertThat(Instant.now()).as("projection of " + path).isBefore(giveUp);
            sleep(100);
            answer = client.get(path);
        }
    }

    private void registerReferenceData() {
        Client admin = as("admin");
        admin.ensure("/api/regions", "{\"regionId\": \"" + DISTRICT + "\", \"name\": \"示范区\", \"level\": \"DISTRICT\"}");
        admin.ensure("/api/regions", "{\"regionId\": \"" + TOWN + "\", \"name\": \"城关镇\", \"level\": \"TOWN\", "
                + "\"parentId\": \"" + DISTRICT + "\"}");
        admin.ensure("/api/regions", "{\"regionId\": \"" + OTHER_TOWN + "\", \"name\": \"东河镇\", \"level\": \"TOWN\", "
                + "\"parentId\": \"" + DISTRICT + "\"}");
        admin.ensure("/api/stations", """
                {"stationId": "%s", "name": "城关镇人大代表之家", "kind": "HOME", "setting": "TOWN", "level": "TOWNSHIP",
                 "regionId": "%s", "address": "城关镇人民路1号", "openedOn": "2024-03-01"}""".formatted(STATION, TOWN));
        for (String deputy : new String[] {DEPUTY, OTHER_DEPUTY}) {
            admin.ensure("/api/deputies", """
                    {"deputyId": "%s", "name": "代表%s", "gender": "FEMALE", "level": "COUNTY", "constituency": "第一选区",
                     "stationId": "%s", "professionalGroup": "SOCIAL_AFFAIRS",
                     "term": {"number": 12, "startYear": 2022, "endYear": 2027}}""".formatted(deputy, deputy, STATION));
            admin.post("/api/deputies/" + deputy + "/join-mediator-pool", "{}");
        }
        for (String unit : new String[] {UNIT, OTHER_UNIT}) {
            admin.ensure("/api/units", """
                    {"handlingUnitId": "%s", "name": "单位%s", "kind": "GOVERNMENT_DEPARTMENT", "regionId": "%s",
                     "contactOffice": "办公室"}""".formatted(unit, unit, DISTRICT));
        }
        admin.ensure("/api/units", """
                {"handlingUnitId": "%s", "name": "区人民法院", "kind": "COURT", "regionId": "%s",
                 "contactOffice": "立案庭"}""".formatted(COURT, DISTRICT));
    }

    private static AccessApp start() {
        ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDir("luzhi-access"),
                PASSWORD, "--luzhi.accounts.demo-deputy-id=" + DEPUTY, "--luzhi.accounts.demo-unit-id=" + UNIT,
                "--luzhi.accounts.demo-region-id=" + DISTRICT);
        return new AccessApp(app, TestApplications.baseUri(app));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTTP for one account, or none. */
    static final class Client {

        /** One answer. */
        record Answer(int status, String body) {

            String field(String name) {
                Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
                assertThat(matcher.find()).as(name + " in " + body).isTrue();
                return matcher.group(1);
            }
        }

        private final URI base;
        private final String authorization;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();

        Client(URI base, String authorization) {
            this.base = base;
            this.authorization = authorization;
        }

        Answer get(String path) {
            return send(request(path).GET());
        }

        Answer post(String path, String json) {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        Answer send(String method, String path, String json) {
            return "GET".equals(method) ? get(path) : post(path, json);
        }

        void ensure(String path, String json) {
            Answer answer = post(path, json);
            assertThat(answer.status() == 201 || answer.status() == 409).as(path + ": " + answer.body()).isTrue();
        }

        void act(String path, String json) {
            Answer answer = post(path, json);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            return authorization == null ? request : request.header("Authorization", authorization);
        }

        private Answer send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
