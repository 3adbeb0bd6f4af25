package cn.luzhi.command.metadata;

import static cn.luzhi.events.common.MetadataKeys.ACTOR_ID;
import static cn.luzhi.events.common.MetadataKeys.ACTOR_NAME;
import static cn.luzhi.events.common.MetadataKeys.ACTOR_ROLE;
import static cn.luzhi.events.common.MetadataKeys.CAUSATION_ID;
import static cn.luzhi.events.common.MetadataKeys.CLIENT_ADDRESS;
import static cn.luzhi.events.common.MetadataKeys.COMMAND_ID;
import static cn.luzhi.events.common.MetadataKeys.CORRELATION_ID;
import static cn.luzhi.events.common.MetadataKeys.REASON;
import static cn.luzhi.events.common.MetadataKeys.SYSTEM_ACTOR;

import cn.luzhi.events.common.ActorRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every event the who / why / which-command metadata of the message being handled, and links it to
 * that message ({@code causationId}) and to the user's request ({@code correlationId}). An event raised by a
 * deadline is the system's act: it keeps the correlation to the command that set the deadline, but names no
 * person and no command.
 */
@Component
class CommandMetadataProvider implements CorrelationDataProvider {

    private static final List<String> INHERITED = List.of(ACTOR_ID, ACTOR_ROLE, ACTOR_NAME, REASON, COMMAND_ID,
            CLIENT_ADDRESS);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        if (message instanceof DeadlineMessage<?>) {
            data.put(ACTOR_ID, SYSTEM_ACTOR);
            data.put(ACTOR_ROLE, ActorRole.SYSTEM.name());
            data.put(ACTOR_NAME, ActorRole.SYSTEM.label());
        } else {
            INHERITED.forEach(key -> {
                Object value = message.getMetaData().get(key);
                if (value != null) {
                    data.put(key, value);
                }
            });
        }
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        data.put(CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
