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
 * Runs each command id once. First, inside the command's transaction, the command waits its turn on its id
 * ({@link CommandLog#takeTurn}): a request racing another with the same id, on this node or another, waits until
 * that one has committed, and then does not run but answers with the logged result; if that one rolled back, it
 * runs itself. Then it records the handled command in the command log in the same transaction, so that a command
 * and its events are either both stored or neither. The entry is written when the unit of work prepares to
 * commit, after the event bus has numbered and appended the events, so it holds the exact version the command
 * produced. The log's primary key remains the last guard against two commits under one id.
 */
@Component
class CommandLogInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandLog log;
    private final CommandLogProperties properties;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    CommandLogInterceptor(CommandLog log, CommandLogProperties properties) {
        this.log = log;
        this.properties = properties;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String commandId = (String) command.getMetaData().get(COMMAND_ID);
        // Before the handler loads anything: a racing retry must not act on the state the first one left.
        if (log.takeTurn(commandId, properties.raceWait()).isPresent()) {
            throw new CommandAlreadyAccepted();
        }
        Object result = chain.proceed();
        String aggregateId = targets.resolveTarget(command).getIdentifier();
        unitOfWork.onPrepareCommit(committing -> log.record(commandId,
                new CommandLog.Entry(command.getCommandName(), CommandHashes.sha256(command.getPayload()), aggregateId,
                        AppendedVersions.versionOf(committing, aggregateId)),
                (String) command.getMetaData().get(ACTOR_ID)));
        return result;
    }
}
