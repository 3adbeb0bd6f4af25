package cn.luzhi.command.commandlog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.RetryRace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A keyed command whose turn is held by another transaction, as by a racing request still running: it waits, runs
 * itself once that one rolls back, and answers "still in progress" when the wait is longer than allowed.
 */
@TestPropertySource(properties = "luzhi.command-log.race-wait=2s")
class CommandTurnsIT extends CommandSideIntegrationTest {

    private static final String SUBMIT = """
            {"source": "LETTER_OR_PHONE", "regionId": "150102001", "petitioner": {"name": "钱七"},
             "title": "井盖缺失", "content": "路口井盖丢了"}""";

    @Autowired
    private DataSource dataSource;

    @Test
    void shouldRunTheCommandItselfWhenTheRequestAheadOfItRollsBack() throws Exception {
        String key = "turn-" + UUID.randomUUID();
        try (Connection ahead = dataSource.getConnection()) {
            ahead.setAutoCommit(false);
            holdTurn(ahead, key);
            CompletableFuture<Api.Response> waiting = CompletableFuture.supplyAsync(
                    () -> api.post("/api/petitions", "clerk", PASSWORD, SUBMIT, "Idempotency-Key", key));
            Thread.sleep(700);
            assertThat(waiting).as("waits while the turn is held").isNotDone();
            assertThat(RetryRace.eventsAppendedBy(jdbc, key)).isZero();

            ahead.rollback();
            Api.Response answer = waiting.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            assertThat(answer.json().get("replayed").asBoolean()).isFalse();
        }
        assertThat(RetryRace.eventsAppendedBy(jdbc, key)).isEqualTo(1);
        assertThat(RetryRace.commandLogRows(jdbc, key)).isEqualTo(1);
    }

    @Test
    void shouldAnswerStillInProgressWhenTheRequestAheadTakesTooLong() throws Exception {
        String key = "turn-" + UUID.randomUUID();
        try (Connection ahead = dataSource.getConnection()) {
            ahead.setAutoCommit(false);
            holdTurn(ahead, key);
            Api.Response answer = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT, "Idempotency-Key", key);
            ahead.rollback();

            assertThat(answer.status()).as(answer.text()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asText()).isEqualTo("urn:luzhi:problem:command-in-progress");
            assertThat(answer.json().get("detail").asText()).isEqualTo("该命令编号的命令仍在处理中，请稍后使用同一编号重试");
        }
        assertThat(RetryRace.eventsAppendedBy(jdbc, key)).isZero();

        Api.Response retried = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT, "Idempotency-Key", key);
        assertThat(retried.status()).as(retried.text()).isEqualTo(201);
        assertThat(RetryRace.eventsAppendedBy(jdbc, key)).isEqualTo(1);
    }

    /** What a request handling a command with this id holds until its transaction ends. */
    private static void holdTurn(Connection connection, String commandId) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, CommandLog.LOCK_CLASS);
            lock.setString(2, commandId);
            lock.execute();
        }
    }
}
