package cn.luzhi.command.access;

import cn.luzhi.command.security.LuzhiUser;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateRoot;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Enforces a route's {@link Access} for the logged-in caller, before the command is dispatched: first the role
 * (before the body is even read), then, for roles admitted only to their own cases, the ownership condition
 * against the case's events in the event store. The id in the path must name a record of the route's kind: the
 * stored aggregate type of its events says which kind it is.
 */
@Component
public class CommandGuard {

    private static final ClassValue<String> AGGREGATE_TYPES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> aggregate) {
            return AnnotationUtils.<String>findAnnotationAttribute(aggregate, AggregateRoot.class, "type")
                    .filter(type -> !type.isEmpty())
                    .orElse(aggregate.getSimpleName());
        }
    };

    private final EventStore eventStore;

    CommandGuard(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Refuses a caller whose role the route does not admit at all. */
    public void admit(Access access, String what) {
        roleRefusal(access, what, caller()).ifPresent(refusal -> {
            throw new AccessRefused(refusal);
        });
    }

    /**
     * Why the logged-in caller could not send a route's command on the case, before any command exists: the role
     * first, then the ownership condition as {@link Ownership} judges it without a command. Empty when they could.
     */
    public Optional<String> refusal(Access access, String what, CaseHistory history) {
        LuzhiUser caller = caller();
        return roleRefusal(access, what, caller).or(() -> access.conditionFor(caller.role())
                .flatMap(condition -> condition.refusal(caller, null, history)));
    }

    /** The case's events, read from the event store only when first asked. */
    public CaseHistory history(String caseId) {
        return new CaseHistory(() -> eventsOf(eventStore.readEvents(caseId, 0)));
    }

    private static Optional<String> roleRefusal(Access access, String what, LuzhiUser caller) {
        return access.admits(caller.role()) ? Optional.empty()
                : Optional.of("「" + caller.role().label() + "」无权" + what);
    }

    /**
     * Refuses a caller admitted only to their own cases when this one is not theirs. An id that names a record of
     * another kind (a region's code on a petition's route) is answered for every role exactly like an id that
     * names nothing: 404, whatever the record is and whoever owns it.
     *
     * @param caseId the case the command acts on, or null for a command that creates one
     * @param kind   the aggregate class of the records the route acts on, or null when no aggregate holds them
     */
    public void checkCase(Access access, Object command, String caseId, Class<?> kind) {
        LuzhiUser caller = caller();
        Optional<Ownership> condition = access.conditionFor(caller.role());
        if (caseId == null) {
            condition.flatMap(own -> own.refusal(caller, command, CaseHistory.none())).ifPresent(refusal -> {
                throw new AccessRefused(refusal);
            });
            return;
        }
        // From sequence 0, so a snapshot never stands in for the events themselves.
        DomainEventStream events = eventStore.readEvents(caseId, 0);
        if (kind != null && events.hasNext() && !typeOf(kind).equals(events.peek().getType())) {
            throw new AggregateNotFoundException(caseId, "The identifier names a record of another kind");
        }
        // A case that does not exist is nobody's: the command goes on and is answered 404 like for anyone.
        if (condition.isEmpty() || !events.hasNext()) {
            return;
        }
        CaseHistory history = new CaseHistory(() -> eventsOf(events));
        condition.get().refusal(caller, command, history).ifPresent(refusal -> {
            throw new AccessRefused(refusal);
        });
    }

    /** The aggregate type Axon stores with each event of {@code aggregate}: its {@code @Aggregate} type or name. */
    static String typeOf(Class<?> aggregate) {
        return AGGREGATE_TYPES.get(aggregate);
    }

    /** The payloads of a case's events, read from sequence 0 by every caller. */
    private static List<Object> eventsOf(DomainEventStream events) {
        return events.asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    /** The logged-in staff account; refused when there is none. */
    public static LuzhiUser caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LuzhiUser user) {
            return user;
        }
        throw new AccessRefused("请以工作人员账号登录后办理");
    }
}
