package cn.luzhi.command.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The old password a password change asks for, counted like a login: a wrong one is a failed login of the account
 * name and the client address ({@link LoginThrottle}), so that a borrowed or stolen session cannot guess the
 * password that logging in elsewhere needs any faster than the login page allows.
 */
@Component
public class OldPasswordCheck {

    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;

    OldPasswordCheck(LoginThrottle throttle, PasswordEncoder passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    /** Why {@code oldPassword} is not accepted for {@code account}, in Chinese; empty when it is its password. */
    public Optional<String> refusal(LuzhiUser account, String oldPassword, String address) {
        Optional<Duration> locked = throttle.lockedFor(account.username(), address);
        if (locked.isPresent()) {
            return Optional.of(new LoginLocked(locked.get()).detail());
        }
        if (oldPassword != null && passwords.matches(oldPassword, account.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(throttle.recordFailure(account.username(), address)
                .map(lock -> new LoginLocked(lock).detail()).orElse("原密码不正确"));
    }
}
