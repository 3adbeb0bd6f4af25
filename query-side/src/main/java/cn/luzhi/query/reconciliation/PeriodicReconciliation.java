package cn.luzhi.query.reconciliation;

import cn.luzhi.query.rebuild.RebuildProperties;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the reconciliation check on one node of the cluster per interval: every node wakes up, but only the one
 * that gets the advisory lock and finds no recent run in {@code read.reconciliation_run} checks. Problems are
 * logged as errors and kept with the run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PeriodicReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicReconciliation.class);
    /** Advisory lock key: "luzhi-reconcile" folded into a bigint, shared by every node. */
    private static final long LOCK_KEY = 0x4c757a6869526563L;

    private final Reconciliation reconciliation;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Duration interval;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    PeriodicReconciliation(Reconciliation reconciliation, JdbcClient jdbc, PlatformTransactionManager transactions,
                           JsonMapper json, RebuildProperties properties) {
        this.reconciliation = reconciliation;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setTimeout(60);
        this.json = json;
        this.interval = properties.reconciliationInterval();
    }

    @Scheduled(initialDelayString = "${luzhi.rebuild.reconciliation-interval:PT10M}",
            fixedDelayString = "${luzhi.rebuild.reconciliation-interval:PT10M}")
    void run() {
        ReconciliationReport report = runIfDue(Instant.now());
        if (report != null && !report.ok()) {
            LOG.error("Reconciliation found {} read-model row(s) that differ from the event store; rebuild the "
                            + "projection: {}",
                    report.problemCount(), json.writeValueAsString(report));
        }
    }

    /** Checks and records, unless another node holds the lock or ran less than an interval ago. */
    ReconciliationReport runIfDue(Instant now) {
        return transactions.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
                return null;
            }
            long recent = jdbc.sql("SELECT count(*) FROM reconciliation_run WHERE checked_at > ?")
                    .param(Timestamp.from(now.minus(interval.multipliedBy(9).dividedBy(10)))).query(Long.class)
                    .single();
            if (recent > 0) {
                return null;
            }
            ReconciliationReport report = reconciliation.check();
            jdbc.sql("INSERT INTO reconciliation_run (checked_at, node, problems, report) VALUES (?, ?, ?, ?::jsonb)")
                    .params(Timestamp.from(report.checkedAt()), node, report.problemCount(),
                            json.writeValueAsString(report))
                    .update();
            jdbc.sql("DELETE FROM reconciliation_run WHERE checked_at < ?")
                    .param(Timestamp.from(now.minus(Duration.ofDays(30)))).update();
            return report;
        });
    }
}
