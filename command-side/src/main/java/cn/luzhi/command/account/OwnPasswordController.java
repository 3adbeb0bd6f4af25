package cn.luzhi.command.account;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.security.BrowserSecurityProperties;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.security.OldPasswordCheck;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.account.AccountId;
import cn.luzhi.events.account.ChangeOwnPassword;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/account/password}: every logged-in member of staff changes their own password, with the old
 * one (a wrong one counts as a failed login). The event ({@code AccountPasswordChanged}, without the password) and the new hash are written in one
 * transaction; the session then carries the account without the must-change flag.
 */
@RestController
class OwnPasswordController {

    private static final String OWN_CHANGE = "本人修改密码";
    private static final String REQUIRED_CHANGE = "首次登录（一次性密码）后设置本人密码";

    private final CommandGateway commands;
    private final UserDirectory users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final BrowserSecurityProperties browser;
    private final OldPasswordCheck oldPasswords;

    OwnPasswordController(CommandGateway commands, UserDirectory users, PasswordEncoder passwords,
                          TransactionTemplate transaction, BrowserSecurityProperties browser,
                          OldPasswordCheck oldPasswords) {
        this.browser = browser;
        this.oldPasswords = oldPasswords;
        this.commands = commands;
        this.users = users;
        this.passwords = passwords;
        this.transaction = transaction;
    }

    /** The old password and the new one; never logged (the record's {@code toString} hides both). */
    record PasswordChange(String oldPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[hidden]";
        }
    }

    @PostMapping("/api/account/password")
    ResponseEntity<Map<String, String>> change(@AuthenticationPrincipal LuzhiUser user,
                                               @RequestBody PasswordChange change,
                                               HttpServletRequest request, HttpServletResponse response) {
        LuzhiUser current = users.loadUserByUsername(user.username());
        oldPasswords.refusal(current, change.oldPassword(), request.getRemoteAddr()).ifPresent(refusal -> {
            throw CommandRefused.becauseOf("oldPassword", refusal);
        });
        PasswordPolicy.problem(user.username(), change.newPassword())
                .ifPresent(problem -> {
                    throw CommandRefused.becauseOf("newPassword", problem);
                });
        if (passwords.matches(change.newPassword(), current.passwordHash())) {
            throw CommandRefused.becauseOf("newPassword", "新密码不能与原密码相同");
        }
        String hash = passwords.encode(change.newPassword());
        String reason = current.mustChangePassword() ? REQUIRED_CHANGE : OWN_CHANGE;
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new ChangeOwnPassword(AccountId.of(user.username()), reason)));
            users.setPassword(user.username(), hash, false);
        });
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        LuzhiUser changed = current.withPasswordChanged(hash);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        // Where the change-password page goes next: the role's start page, as after a login.
        return ResponseEntity.ok(Map.of("detail", "密码已修改", "startPage",
                browser.startPages().getOrDefault(changed.role(), "/")));
    }
}
