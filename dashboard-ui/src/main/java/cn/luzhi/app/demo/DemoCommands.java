package cn.luzhi.app.demo;

import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sends demo commands the way the REST API sends a user's: checked with Bean Validation, then through Axon's
 * command gateway on the caller's thread while a demo account is the authenticated user, so that the dispatch
 * interceptor stamps that account on the command and its events exactly as it would for a request. The demo
 * accounts are the ones AccountBootstrap keeps, one per role, named after the role in lower case.
 */
class DemoCommands {

    private final CommandGateway gateway;
    private final Validator validator;
    private final UserDirectory users;
    private final Map<ActorRole, LuzhiUser> accounts = new ConcurrentHashMap<>();

    DemoCommands(CommandGateway gateway, Validator validator, UserDirectory users) {
        this.gateway = gateway;
        this.validator = validator;
        this.users = users;
    }

    /**
     * Sends the command as the demo account of {@code role} and returns the handler's result (a ballot paper code,
     * the projects a tally approved, a new record's id). A refusal comes back as the aggregate threw it.
     */
    Object send(ActorRole role, Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("The API would refuse " + command.getClass().getSimpleName() + ": "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        LuzhiUser user = account(role);
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return gateway.sendAndWait(command);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private LuzhiUser account(ActorRole role) {
        return accounts.computeIfAbsent(role, r -> users.loadUserByUsername(r.name().toLowerCase()));
    }
}
