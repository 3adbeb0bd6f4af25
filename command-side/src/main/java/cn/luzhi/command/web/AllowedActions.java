package cn.luzhi.command.web;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.access.CaseHistory;
import cn.luzhi.command.access.CommandGuard;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.events.common.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which of a case's actions the logged-in caller may take now, and why not the others: for every route of the case
 * type's route table that acts on an existing case, the route's {@link Access} (role, then ownership), then the
 * case type's lifecycle, in the order the command API itself refuses. Pages show a button per allowed action and
 * the reason beside a missing one; they never guess. One per application, for every case type's answer.
 */
@Component
public class AllowedActions {

    /** One action: its path segment, what it does, and whether the caller may take it now. */
    public record ActionView(String action, String summary, boolean allowed, String reason) {
    }

    /** The answer: the case's lifecycle state, its version (for {@code If-Match}), every action in route order. */
    public record Answer<S>(S state, long version, List<ActionView> actions) {
    }

    /** Why a case type's lifecycle does not allow the action of {@code route} in {@code state} to the caller now. */
    @FunctionalInterface
    public interface Rules<S> {
        Optional<Refusal> refusal(CommandRoute route, S state, LuzhiUser caller);
    }

    private final CommandGuard guard;

    AllowedActions(CommandGuard guard) {
        this.guard = guard;
    }

    /**
     * The answer for the case {@code caseId} of the aggregate type {@code aggregate}, which sentences call
     * {@code noun} (诉求, 建议); only callers {@code asking} admits may ask, deputies and units about their own cases.
     * The state is the lifecycle's {@code replay} of the case's events.
     */
    public <S> Answer<S> of(String caseId, Class<?> aggregate, String noun, Access asking, CommandRoutes routes,
                            Function<List<Object>, S> replay, Rules<S> rules) {
        return of(caseId, aggregate, noun, asking, routes, replay, rules, List.of());
    }

    /**
     * As above, followed by {@code alsoByAccess}: acts on the case that change nothing in its lifecycle (showing
     * its people in full), so their route's {@link Access} alone decides, and a page learns it from the same answer.
     */
    public <S> Answer<S> of(String caseId, Class<?> aggregate, String noun, Access asking, CommandRoutes routes,
                            Function<List<Object>, S> replay, Rules<S> rules, List<CommandRoute> alsoByAccess) {
        guard.admit(asking, "查看" + noun + "可办理的事项");
        CaseHistory history = guard.history(caseId);
        if (history.isEmpty()) {
            throw new AggregateNotFoundException(caseId, "未找到编号为「" + caseId + "」的" + noun);
        }
        // Another kind of record's id is answered like a missing one, as on every route.
        guard.checkCase(asking, null, caseId, aggregate);
        S state = replay.apply(history.events());
        LuzhiUser caller = CommandGuard.caller();
        List<ActionView> actions = routes.routes().stream().filter(route -> !route.creates()).map(route -> {
            Optional<String> refusal = guard.refusal(route.access(), route.summary(), history)
                    .or(() -> rules.refusal(route, state, caller).map(Refusal::reason));
            return new ActionView(route.action(), route.summary(), refusal.isEmpty(), refusal.orElse(null));
        }).collect(Collectors.toCollection(ArrayList::new));
        for (CommandRoute route : alsoByAccess) {
            Optional<String> refusal = guard.refusal(route.access(), route.summary(), history);
            actions.add(new ActionView(route.action(), route.summary(), refusal.isEmpty(), refusal.orElse(null)));
        }
        return new Answer<>(state, history.events().size() - 1L, List.copyOf(actions));
    }
}
