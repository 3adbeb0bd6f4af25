package cn.luzhi.command.commandlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The command log ({@code luzhi.command-log.*}).
 *
 * @param raceWait how long a request waits for another one handling the same command id to end before it
 *                 answers "still in progress" (503), so that it can give that command's answer instead of its own
 */
@ConfigurationProperties("luzhi.command-log")
public record CommandLogProperties(Duration raceWait) {

    public CommandLogProperties {
        raceWait = raceWait != null ? raceWait : Duration.ofSeconds(10);
    }
}
