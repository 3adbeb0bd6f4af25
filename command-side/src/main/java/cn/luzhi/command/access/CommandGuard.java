package cn.luzhi.command.access;

import cn.luzhi.command.security.LuzhiUser;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Enforces a route's {@link Access} for the logged-in caller, before the command is dispatched: first the role
 * (before the body is even read), then, for roles admitted only to their own cases, the ownership condition
 * against the case's events in the event store.
 */
@Component
public class CommandGuard {

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
        return new CaseHistory(() -> read(caseId));
    }

    private static Optional<String> roleRefusal(Access access, String what, LuzhiUser caller) {
        return access.admits(caller.role()) ? Optional.empty()
                : Optional.of("「" + caller.role().label() + "」无权" + what);
    }

    /**
     * Refuses a caller admitted only to their own cases when this one is not theirs.
     *
     * @param caseId the case the command acts on, or null for a command that creates one
     */
    public void checkCase(Access access, Object command, String caseId) {
        LuzhiUser caller = caller();
        Optional<Ownership> condition = access.conditionFor(caller.role());
        if (condition.isEmpty()) {
            return;
        }
        CaseHistory history = caseId == null ? CaseHistory.none() : history(caseId);
        // A case that does not exist is nobody's: the command goes on and is answered 404 like for anyone.
        if (caseId != null && history.isEmpty()) {
            return;
        }
        condition.get().refusal(caller, command, history).ifPresent(refusal -> {
            throw new AccessRefused(refusal);
        });
    }

    private List<Object> read(String caseId) {
        // From sequence 0, so a snapshot never stands in for the events themselves.
        return eventStore.readEvents(caseId, 0).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                .toList();
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
