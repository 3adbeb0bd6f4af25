package cn.luzhi.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.time.Duration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The settings that keep events from being lost or skipped, checked on a real pooled connection. */
class DatabaseGuardsIT extends CommandSideIntegrationTest {

    /** Axon's default gap timeout of tracking and pooled streaming processors. */
    private static final Duration PROCESSOR_GAP_TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    TransactionManager axonTransactionManager;

    @Test
    void shouldEndSlowStatementsAndIdleTransactionsWellBeforeTheGapTimeout() {
        Duration statementTimeout = Duration.ofMillis(millis("SHOW statement_timeout"));
        Duration idleTimeout = Duration.ofMillis(millis("SHOW idle_in_transaction_session_timeout"));

        assertThat(statementTimeout).isPositive().isLessThanOrEqualTo(PROCESSOR_GAP_TIMEOUT.dividedBy(2));
        assertThat(idleTimeout).isPositive().isLessThanOrEqualTo(PROCESSOR_GAP_TIMEOUT.dividedBy(2));
    }

    @Test
    void shouldHandleCommandsInSpringTransactions() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void shouldNumberEventsFromASequenceOfIncrementOne() {
        assertThat(jdbc.sql("SELECT increment_by FROM pg_sequences WHERE sequencename = 'domain_event_entry_global_index_seq'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private long millis(String show) {
        String value = jdbc.sql(show).query(String.class).single();
        if (value.endsWith("ms")) {
            return Long.parseLong(value.replace("ms", ""));
        }
        if (value.endsWith("min")) {
            return Long.parseLong(value.replace("min", "")) * 60_000;
        }
        if (value.endsWith("s")) {
            return Long.parseLong(value.replace("s", "")) * 1000;
        }
        return Long.parseLong(value);
    }
}
