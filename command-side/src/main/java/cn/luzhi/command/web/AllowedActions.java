package cn.luzhi.command.web;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.access.CaseHistory;
import cn.luzhi.command.access.CommandGuard;
import cn.luzhi.events.common.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The allowed-actions answer of one case for the logged-in caller, for any case type: each action route of its
 * route table, refused by the route's {@link Access} (role, then ownership) and then by the case type's lifecycle,
 * in the order the command API itself refuses. Pages show a button per allowed action and the reason beside a
 * missing one; they never guess.
 */
@Component
public class AllowedActions {

    /** One action: its path segment, what it does, and whether the caller may take it now. */
    public record ActionView(String action, String summary, boolean allowed, String reason) {
    }

    private final CommandGuard guard;

    AllowedActions(CommandGuard guard) {
        this.guard = guard;
    }

    /**
     * The case's events, for a caller {@code asking} admits to it; 404 when {@code caseId} is no case that
     * {@code openingEvent} opens.
     *
     * @param what     what the caller asks, for the refusal ("查看调解案件可办理的事项")
     * @param caseName the case type in Chinese, for the 404 ("调解案件")
     */
    public CaseHistory history(Access asking, String what, String caseId, Class<?> openingEvent, String caseName) {
        guard.admit(asking, what);
        CaseHistory history = guard.history(caseId);
        if (history.isEmpty() || !openingEvent.isInstance(history.events().get(0))) {
            throw new AggregateNotFoundException(caseId, "未找到编号为「" + caseId + "」的" + caseName);
        }
        guard.checkCase(asking, null, caseId);
        return history;
    }

    /** Every action route of {@code table}, in its order, allowed or with the first reason it is not. */
    public List<ActionView> of(CommandRoutes table, CaseHistory history,
                               Function<CommandRoute, Optional<Refusal>> lifecycle) {
        return table.routes().stream().filter(route -> !route.creates()).map(route -> {
            Optional<String> refusal = guard.refusal(route.access(), route.summary(), history)
                    .or(() -> lifecycle.apply(route).map(Refusal::reason));
            return new ActionView(route.action(), route.summary(), refusal.isEmpty(), refusal.orElse(null));
        }).toList();
    }
}
