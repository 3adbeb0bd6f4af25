package cn.luzhi.command.commandlog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Notes, per unit of work, the last sequence number each aggregate appended: the version the API reports
 * after a command, exact even when another command on the same case commits right after.
 */
final class AppendedVersions implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String RESOURCE = AppendedVersions.class.getName();

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                versions(CurrentUnitOfWork.get()).put(domainEvent.getAggregateIdentifier(),
                        domainEvent.getSequenceNumber());
            }
            return event;
        };
    }

    /** The version the aggregate reached in this unit of work, or null when it appended nothing. */
    static Long versionOf(UnitOfWork<?> unitOfWork, String aggregateId) {
        return versions(unitOfWork).get(aggregateId);
    }

    private static Map<String, Long> versions(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new HashMap<String, Long>());
    }
}
