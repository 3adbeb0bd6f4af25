package cn.luzhi.command.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused because the account name or the client address is locked after repeated failures. Raised
 * before the password is looked at, so that it says nothing about whether the password was right.
 */
final class LoginLocked extends LockedException {

    private final Duration remaining;

    LoginLocked(Duration remaining) {
        super("login locked");
        this.remaining = remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Whole minutes until the lock ends, rounded up, at least 1. */
    long minutes() {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    /** Seconds until the lock ends, at least 1, for {@code Retry-After}. */
    long seconds() {
        return Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
    }

    /** The message the login page and the API show, in Chinese. */
    String detail() {
        return "账号已被暂时锁定，请 " + minutes() + " 分钟后再试";
    }
}
