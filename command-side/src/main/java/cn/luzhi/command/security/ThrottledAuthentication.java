package cn.luzhi.command.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password, for the login form and HTTP Basic alike, behind the {@link LoginThrottle}: a locked
 * account name or client address is refused before its password is checked, a wrong password is counted, and
 * a right one clears the account's count.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Duration> locked = throttle.lockedFor(account, address);
        if (locked.isPresent()) {
            throw new LoginLocked(locked.get());
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            Optional<Duration> nowLocked = throttle.recordFailure(account, address);
            if (nowLocked.isPresent()) {
                throw new LoginLocked(nowLocked.get());
            }
            throw wrong;
        }
        throttle.recordSuccess(account);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
