package cn.luzhi.command.security;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account name and per client address in PostgreSQL and locks either when it fails
 * too often. The database's clock decides, so every node counts the same failures against the same window.
 */
@Repository
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Longer values cannot be account names (app_user allows 64) and are cut to fit the column. */
    private static final int MAX_SUBJECT = 255;

    enum Kind { ACCOUNT, ADDRESS }

    private final JdbcClient jdbc;
    private final LoginThrottleProperties properties;

    LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How long the account name or the address stays locked, when either is. */
    Optional<Duration> lockedFor(String account, String address) {
        return jdbc.sql("""
                        SELECT (EXTRACT(EPOCH FROM max(locked_until) - now()) * 1000)::BIGINT FROM login_lockout
                         WHERE locked_until > now()
                           AND (kind = 'ACCOUNT' AND subject = ? OR kind = 'ADDRESS' AND subject = ?)""")
                .params(subject(account), subject(address))
                .query(Long.class).optional()
                .map(Duration::ofMillis);
    }

    /** Records a failed login; when it reaches a limit, locks and answers how long for. */
    @Transactional
    Optional<Duration> recordFailure(String account, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - ? * INTERVAL '1 millisecond'")
                .param(properties.window().toMillis()).update();
        Optional<Duration> accountLock = count(Kind.ACCOUNT, account, properties.maxFailures());
        Optional<Duration> addressLock = address == null ? Optional.empty()
                : count(Kind.ADDRESS, address, properties.maxFailuresPerAddress());
        accountLock.ifPresent(lock -> LOG.warn("Login locked for {}: account name '{}' failed {} times within {} "
                + "(last from {})", properties.lockDuration(), subject(account), properties.maxFailures(),
                properties.window(), address));
        addressLock.ifPresent(lock -> LOG.warn("Login locked for {}: client address {} failed {} times within {}",
                properties.lockDuration(), address, properties.maxFailuresPerAddress(), properties.window()));
        return accountLock.or(() -> addressLock);
    }

    /** A successful login starts the account's count afresh. */
    void recordSuccess(String account) {
        jdbc.sql("DELETE FROM login_failure WHERE kind = 'ACCOUNT' AND subject = ?").param(subject(account)).update();
    }

    private Optional<Duration> count(Kind kind, String subject, int limit) {
        String key = subject(subject);
        jdbc.sql("INSERT INTO login_failure (kind, subject) VALUES (?, ?)").params(kind.name(), key).update();
        long failures = jdbc.sql("""
                        SELECT count(*) FROM login_failure
                         WHERE kind = ? AND subject = ? AND failed_at >= now() - ? * INTERVAL '1 millisecond'""")
                .params(kind.name(), key, properties.window().toMillis())
                .query(Long.class).single();
        if (failures < limit) {
            return Optional.empty();
        }
        jdbc.sql("""
                        INSERT INTO login_lockout (kind, subject, locked_until)
                        VALUES (?, ?, now() + ? * INTERVAL '1 millisecond')
                        ON CONFLICT (kind, subject) DO UPDATE SET locked_until = excluded.locked_until""")
                .params(kind.name(), key, properties.lockDuration().toMillis()).update();
        // After the lock the count starts afresh: one more failure must not lock again at once.
        jdbc.sql("DELETE FROM login_failure WHERE kind = ? AND subject = ?").params(kind.name(), key).update();
        return Optional.of(properties.lockDuration());
    }

    /** PostgreSQL text cannot hold NUL; anything else is stored as typed, cut to the column's size. */
    private static String subject(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replace('\0', '\uFFFD');
        return clean.length() > MAX_SUBJECT ? clean.substring(0, MAX_SUBJECT) : clean;
    }
}
