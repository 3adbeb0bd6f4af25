package cn.luzhi.command.metadata;

import static cn.luzhi.events.common.MetadataKeys.ACTOR_ID;
import static cn.luzhi.events.common.MetadataKeys.ACTOR_NAME;
import static cn.luzhi.events.common.MetadataKeys.ACTOR_ROLE;
import static cn.luzhi.events.common.MetadataKeys.CLIENT_ADDRESS;
import static cn.luzhi.events.common.MetadataKeys.COMMAND_ID;
import static cn.luzhi.events.common.MetadataKeys.CORRELATION_ID;
import static cn.luzhi.events.common.MetadataKeys.REASON;
import static cn.luzhi.events.common.MetadataKeys.SYSTEM_ACTOR;

import cn.luzhi.command.security.LuzhiUser;
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
 * A command dispatched outside any request and without a logged-in user (a scheduled job) is the system's.
 */
@Component
class RequestMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private Map<String, Object> metadataFor(CommandMessage<?> command) {
        Map<String, Object> metadata = new HashMap<>();
        boolean secret = command.getPayload() instanceof Secret;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LuzhiUser user) {
            metadata.put(ACTOR_ROLE, user.role().name());
            if (!secret) {
                metadata.put(ACTOR_ID, user.username());
                metadata.put(ACTOR_NAME, user.displayName());
            }
        } else {
            metadata.put(ACTOR_ID, SYSTEM_ACTOR);
            metadata.put(ACTOR_ROLE, ActorRole.SYSTEM.name());
            metadata.put(ACTOR_NAME, ActorRole.SYSTEM.label());
        }
        if (!secret && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            metadata.put(CLIENT_ADDRESS, request.getRemoteAddr());
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
