package cn.luzhi.query.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How projection rebuilds and the reconciliation check run ({@code luzhi.rebuild.*}).
 *
 * @param batchSize              events replayed into the copy per transaction
 * @param switchLag              how close to the head the copy must come before the live processor is paused for
 *                               the switch (the rest is applied while it is paused)
 * @param abandonAfter           a running rebuild whose progress has not moved for this long is failed as
 *                               abandoned (its node stopped)
 * @param lockTimeout            how long the switch waits for the live tables before it gives up and fails
 * @param reconciliationInterval how often one node of the cluster runs the reconciliation check
 * @param reconciliationSample   case rows per table the periodic check compares with the state folded from their
 *                               events (a full check compares every row)
 */
@ConfigurationProperties("luzhi.rebuild")
public record RebuildProperties(Integer batchSize, Long switchLag, Duration abandonAfter, Duration lockTimeout,
                                Duration reconciliationInterval, Integer reconciliationSample) {

    public RebuildProperties {
        batchSize = batchSize != null ? batchSize : 500;
        switchLag = switchLag != null ? switchLag : 100L;
        abandonAfter = abandonAfter != null ? abandonAfter : Duration.ofMinutes(2);
        lockTimeout = lockTimeout != null ? lockTimeout : Duration.ofSeconds(5);
        reconciliationInterval = reconciliationInterval != null ? reconciliationInterval : Duration.ofMinutes(10);
        reconciliationSample = reconciliationSample != null ? reconciliationSample : 20;
    }
}
