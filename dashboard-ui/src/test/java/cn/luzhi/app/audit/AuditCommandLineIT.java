package cn.luzhi.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.LuzhiApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

/**
 * {@code luzhi.jar audit-verify} as the README tells an auditor to use it with the embedded database: the
 * application stopped, the command line opens the same data folder and finds the keys the application created.
 */
class AuditCommandLineIT {

    private static final String PASSWORD = "command-line-password";

    @TempDir
    Path dataDir;

    @Test
    void shouldVerifyTheEmbeddedDatabaseOfTheStoppedApplicationWithItsOwnKeyFile() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LuzhiApplication.class).run(
                "--server.port=0", "--luzhi.embedded-db.data-dir=" + dataDir, "--luzhi.accounts.demo-enabled=true",
                "--luzhi.accounts.demo-password=" + PASSWORD, "--luzhi.demo.enabled=false")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/regions"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"regionId\": \"150102\", \"name\": \"示范区\", \"level\": \"DISTRICT\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditCommandLine.run(new String[] {"audit-verify", "--luzhi.embedded-db.data-dir=" + dataDir},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("完好：1 个事件");
        assertThat(exit).isZero();
    }

    @Test
    void shouldPrintKeysForTheThreeVariables() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = AuditCommandLine.run(new String[] {"audit-keygen"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern(
                "LUZHI_AUDIT_CHAIN_KEY=\\S{40,}\\RLUZHI_AUDIT_SIGNING_KEY=\\S{40,}\\RLUZHI_AUDIT_PUBLIC_KEY=\\S{40,}");
    }
}
