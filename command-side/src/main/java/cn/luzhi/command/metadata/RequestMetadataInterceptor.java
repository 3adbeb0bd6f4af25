package cn.luzhi.command.metadata;

import static cn.luzhi.events.common.MetadataKeys.ACTOR_ID;
import static cn.luzhi.events.common.MetadataKeys.ACTOR_NAME;
import static cn.luzhi.events.common.MetadataKeys.ACTOR_ROLE;
import static cn.luzhi.events.common.MetadataKeys.ANONYMOUS_CITIZEN;
import static cn.luzhi.events.common.MetadataKeys.CLIENT_ADDRESS;
import static cn.luzhi.events.common.MetadataKeys.COMMAND_ID;
import static cn.luzhi.events.common.MetadataKeys.CORRELATION_ID;
import static cn.luzhi.events.common.MetadataKeys.REASON;
import static cn.luzhi.events.common.MetadataKeys.SYSTEM_ACTOR;

import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.ClientAddresses;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.common.Secret;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who sends it, from where, why and under which command id, taken from the
 * authenticated request. Events inherit these through {@link CommandMetadataProvider}; no handler sets them.
 * A command dispatched outside any request and without a logged-in user (a scheduled job) is the system's; one
 * from a request to the public endpoints ({@value #PUBLIC_PATHS}...), which have no accounts, is a citizen's.
 */
@Component
class RequestMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** The only paths where a request without an account can reach a command: the citizens' QR intake. */
    static final String PUBLIC_PATHS = "/api/public/";
    /** What an event names as the actor of a citizen without an account; never the citizen's own name. */
    static final String ANONYMOUS_CITIZEN_NAME = "扫码群众（无账号）";

    private final ClientAddresses clientAddresses;

    RequestMetadataInterceptor(ClientAddresses clientAddresses) {
        this.clientAddresses = clientAddresses;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private Map<String, Object> metadataFor(CommandMessage<?> command) {
        Map<String, Object> metadata = new HashMap<>();
        boolean secret = command.getPayload() instanceof Secret;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes ? attributes.getRequest() : null;
        if (authentication != null && authentication.getPrincipal() instanceof LuzhiUser user) {
            metadata.put(ACTOR_ROLE, user.role().name());
            if (!secret) {
                metadata.put(ACTOR_ID, user.username());
                metadata.put(ACTOR_NAME, user.displayName());
            }
        } else if (request != null && request.getRequestURI().startsWith(PUBLIC_PATHS)) {
            metadata.put(ACTOR_ROLE, ActorRole.CITIZEN.name());
            metadata.put(ACTOR_ID, ANONYMOUS_CITIZEN);
            metadata.put(ACTOR_NAME, ANONYMOUS_CITIZEN_NAME);
        } else {
            metadata.put(ACTOR_ID, SYSTEM_ACTOR);
            metadata.put(ACTOR_ROLE, ActorRole.SYSTEM.name());
            metadata.put(ACTOR_NAME, ActorRole.SYSTEM.label());
        }
        if (!secret && request != null) {
            metadata.put(CLIENT_ADDRESS, clientAddresses.of(request));
        }
        if (command.getPayload() instanceof Reasoned reasoned && reasoned.reason() != null
                && !reasoned.reason().isBlank()) {
            metadata.put(REASON, reasoned.reason());
        }
        String commandId = (String) command.getMetaData().getOrDefault(COMMAND_ID, UUID.randomUUID().toString());
        metadata.put(COMMAND_ID, commandId);
        metadata.put(CORRELATION_ID, command.getMetaData().getOrDefault(CORRELATION_ID, commandId));
        return metadata;
    }
}
