package cn.luzhi.command.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durable deadline scheduler ({@code luzhi.scheduler.*}).
 *
 * @param pollingInterval how often each node looks for due deadlines; a deadline fires at most this late
 * @param threads         deadlines handled at once per node
 */
@ConfigurationProperties("luzhi.scheduler")
public record SchedulerProperties(Duration pollingInterval, Integer threads) {

    public SchedulerProperties {
        pollingInterval = pollingInterval != null ? pollingInterval : Duration.ofSeconds(2);
        threads = threads != null ? threads : 2;
    }
}
