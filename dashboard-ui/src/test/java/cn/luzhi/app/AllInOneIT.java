package cn.luzhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application a newcomer starts: its own PostgreSQL that keeps data between runs, or a configured server. */
class AllInOneIT {

    private static final String PASSWORD = "all-in-one-password";

    @TempDir
    Path dataDir;

    private static ConfigurableApplicationContext start(String... extraArgs) {
        String[] args = new String[extraArgs.length + 4];
        args[0] = "--server.port=0";
        // The demo accounts, but not the demo district: these tests count their own cases.
        args[1] = "--luzhi.accounts.demo-enabled=true";
        args[2] = "--luzhi.accounts.demo-password=" + PASSWORD;
        args[3] = "--luzhi.demo.enabled=false";
        System.arraycopy(extraArgs, 0, args, 4, extraArgs.length);
        return new SpringApplicationBuilder(LuzhiApplication.class).run(args);
    }

    @Test
    void shouldKeepEventsInTheEmbeddedDatabaseAcrossRestarts() throws Exception {
        String petitionId;
        try (ConfigurableApplicationContext first = start("--luzhi.embedded-db.data-dir=" + dataDir)) {
            assertThat(first.getBeansOfType(EmbeddedDatabase.class)).hasSize(1);
            petitionId = submitPetition(first);
        }
        try (ConfigurableApplicationContext second = start("--luzhi.embedded-db.data-dir=" + dataDir)) {
            assertThat(second.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                    .param(petitionId).query(Long.class).single()).isEqualTo(1);
            assertThat(post(second, "supervisor", "/api/petitions/" + petitionId + "/urge",
                    "{\"reason\": \"重启后继续办理\"}")
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldUseTheConfiguredServerAndStartNoEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = start(
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     // On a server it may share with other nodes, the application invents no keys.
                     "--luzhi.audit.key-file=target/all-in-one-audit-keys.properties",
                     "--luzhi.embedded-db.data-dir=" + dataDir)) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            String petitionId = submitPetition(app);
            assertThat(JdbcClient.create(external.getPostgresDatabase())
                    .sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                    .param(petitionId).query(Long.class).single()).isEqualTo(1);
        }
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void shouldShowAnAcceptedCommandInTheCockpitAndTheCaseList() throws Exception {
        try (ConfigurableApplicationContext app = start("--luzhi.embedded-db.data-dir=" + dataDir)) {
            String petitionId = submitPetition(app);
            HttpResponse<String> detail = awaitOk(app, "/api/petitions/" + petitionId, "clerk");
            assertThat(detail.body()).contains("道路破损");
            HttpResponse<String> cockpit = awaitOk(app, "/api/cockpit/summary?period=YEAR", "leader");
            assertThat(cockpit.body()).contains("\"received\":1");
            assertThat(get(app, "/api/cockpit/summary", "unit").statusCode()).isEqualTo(403);
            assertThat(get(app, "/api/petitions", "citizen").statusCode()).isEqualTo(403);
        }
    }

    private static HttpResponse<String> awaitOk(ConfigurableApplicationContext app, String path, String user)
            throws Exception {
        long giveUp = System.currentTimeMillis() + 15_000;
        HttpResponse<String> response = get(app, path, user);
        while (response.statusCode() != 200 && System.currentTimeMillis() < giveUp) {
            Thread.sleep(200);
            response = get(app, path, user);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String user)
            throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String submitPetition(ConfigurableApplicationContext app) throws Exception {
        HttpResponse<String> region = post(app, "/api/regions",
                "{\"regionId\": \"150102\", \"name\": \"示范区\", \"level\": \"DISTRICT\"}");
        assertThat(region.statusCode()).as(region.body()).isEqualTo(201);
        HttpResponse<String> response = post(app, "/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "150102", "petitioner": {"name": "孙八"},
                 "title": "道路破损", "content": "村口道路破损"}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"aggregateId\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext app, String path, String body)
            throws Exception {
        return post(app, "clerk", path, body);
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext app, String user, String path,
                                             String body) throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
