package cn.luzhi.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.command.CommandSideApplication;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reply deadline set before a restart still fires after it: the deadline lives in PostgreSQL, not in the
 * JVM that scheduled it. The test owns its database, so no other test's scheduler can fire the deadline.
 */
class DeadlineRestartIT {

    private static final String PASSWORD = "restart-password";

    private final String databaseUrl = TestDatabase.newDatabase();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class).run(
                "--spring.config.name=command-side",
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=",
                "--luzhi.accounts.demo-enabled=true",
                "--luzhi.accounts.demo-password=" + PASSWORD,
                "--luzhi.scheduler.polling-interval=200ms",
                "--" + CommandSideIntegrationTest.AUDIT_KEYS);
    }

    @Test
    void shouldRaiseOverdueAfterRestartWhenDeadlinePassed() throws Exception {
        String petitionId;
        Instant dueAt;
        try (ConfigurableApplicationContext before = start()) {
            Api api = new Api(before.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            ReferenceData.ensure(api, PASSWORD);
            Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, """
                    {"source": "LETTER_OR_PHONE", "regionId": "150102001",
                     "petitioner": {"name": "赵六", "phone": "13600002222"},
                     "title": "供暖不热", "content": "楼内暖气温度不达标"}""");
            petitionId = created.json().get("aggregateId").asText();
            api.post("/api/petitions/" + petitionId + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-li\"}");
            dueAt = Instant.now().plusSeconds(3);
            Api.Response forwarded = api.post("/api/petitions/" + petitionId + "/forward", "clerk", PASSWORD,
                    "{\"unitIds\": [\"u-heating\"], \"replyDueAt\": \"" + dueAt + "\"}");
            assertThat(forwarded.status()).as(forwarded.text()).isEqualTo(200);
            assertThat(overdueEvents(before, petitionId)).isEmpty();
        }

        assertThat(pendingDeadlinesBetweenRuns()).as("the deadline outlives the first application").isEqualTo(1);

        try (ConfigurableApplicationContext after = start()) {
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
            List<String> overdue = overdueEvents(after, petitionId);
            while (overdue.isEmpty() && Instant.now().isBefore(giveUp)) {
                Thread.sleep(250);
                overdue = overdueEvents(after, petitionId);
            }
            assertThat(overdue).hasSize(1);
            JsonNode metadata = JsonMapper.builder().build().readTree(overdue.get(0));
            assertThat(metadata.get("actorRole").asText()).isEqualTo("SYSTEM");
            assertThat(metadata.get("actorId").asText()).isEqualTo("system");
            assertThat(metadata.has("commandId")).isFalse();
            assertThat(Instant.now()).isAfterOrEqualTo(dueAt);
        }
    }

    private long pendingDeadlinesBetweenRuns() throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, TestDatabase.username(), "");
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, 'UTF8') LIKE '%petition-reply-due%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> overdueEvents(ConfigurableApplicationContext context, String petitionId) {
        return context.getBean(JdbcClient.class).sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type = 'cn.luzhi.events.petition.PetitionOverdue'""")
                .param(petitionId).query(String.class).list();
    }
}
