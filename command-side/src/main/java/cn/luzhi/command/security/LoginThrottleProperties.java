package cn.luzhi.command.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins lock an account name or a client address ({@code luzhi.login.*}). Applies to the
 * login form and to HTTP Basic alike.
 *
 * @param maxFailures           failed logins of one account name within {@code window} that lock it
 * @param maxFailuresPerAddress failed logins from one client address, over all account names, within
 *                              {@code window} that lock the address (slows down guessing across accounts)
 * @param window                how far back failures are counted
 * @param lockDuration          how long a lock lasts
 */
@ConfigurationProperties("luzhi.login")
public record LoginThrottleProperties(Integer maxFailures, Integer maxFailuresPerAddress, Duration window,
                                      Duration lockDuration) {

    public LoginThrottleProperties {
        maxFailures = maxFailures != null ? maxFailures : 5;
        maxFailuresPerAddress = maxFailuresPerAddress != null ? maxFailuresPerAddress : 30;
        window = window != null ? window : Duration.ofMinutes(15);
        lockDuration = lockDuration != null ? lockDuration : Duration.ofMinutes(15);
    }
}
