package cn.luzhi.command.audit;

import cn.luzhi.events.store.ChainCheckpoint;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checkpoints on a schedule and on request. The schedule is a db-scheduler recurring task in the shared
 * {@code scheduled_tasks} table, so with several command nodes exactly one takes each checkpoint.
 */
@Configuration(proxyBeanMethods = false)
public class Checkpointing {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointing.class);

    private final SettledIndex settledIndex;
    private final ChainCheckpoints checkpoints;
    private final AuditProperties properties;

    Checkpointing(SettledIndex settledIndex, ChainCheckpoints checkpoints, AuditProperties properties) {
        this.settledIndex = settledIndex;
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    /**
     * A checkpoint of everything settled now; empty when nothing was stored since the latest one.
     *
     * @throws TransactionsInFlight when transactions still running did not end in time
     */
    public Optional<ChainCheckpoint> takeNow(String takenBy) {
        OptionalLong upTo = settledIndex.await(properties.checkpointWait());
        if (upTo.isEmpty()) {
            throw new TransactionsInFlight();
        }
        return checkpoints.take(upTo.getAsLong(), takenBy);
    }

    @Bean
    RecurringTask<Void> chainCheckpointTask() {
        return Tasks.recurring("chain-checkpoint", Schedules.fixedDelay(properties.checkpointInterval()))
                .execute((instance, context) -> {
                    try {
                        takeNow("系统（定时）").ifPresent(checkpoint -> LOG.info(
                                "Chain checkpoint {} taken up to global index {}", checkpoint.number(),
                                checkpoint.upToGlobalIndex()));
                    } catch (TransactionsInFlight e) {
                        LOG.warn("Chain checkpoint skipped: transactions still running after {}",
                                properties.checkpointWait());
                    }
                });
    }

    /** Transactions that may still store events below the index did not end within the configured wait. */
    public static class TransactionsInFlight extends RuntimeException {
        TransactionsInFlight() {
            super("仍有未结束的事务，暂时无法记录检查点，请稍后再试");
        }
    }
}
