package cn.luzhi.command.commandlog;

import static cn.luzhi.events.common.MetadataKeys.ACTOR_ID;
import static cn.luzhi.events.common.MetadataKeys.COMMAND_ID;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.stereotype.Component;

/**
 * Records each handled command in the command log inside the command's own transaction, so that a command
 * and its events are either both stored or neither. The entry is written when the unit of work prepares to
 * commit, after the event bus has numbered and appended the events, so it holds the exact version the command
 * produced. Two nodes racing with the same command id cannot both commit: the log's primary key stops the
 * second.
 */
@Component
class CommandLogInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandLog log;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    CommandLogInterceptor(CommandLog log) {
        this.log = log;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        CommandMessage<?> command = unitOfWork.getMessage();
        String aggregateId = targets.resolveTarget(command).getIdentifier();
        unitOfWork.onPrepareCommit(committing -> log.record((String) command.getMetaData().get(COMMAND_ID),
                new CommandLog.Entry(command.getCommandName(), CommandHashes.sha256(command.getPayload()), aggregateId,
                        AppendedVersions.versionOf(committing, aggregateId)),
                (String) command.getMetaData().get(ACTOR_ID)));
        return result;
    }
}
