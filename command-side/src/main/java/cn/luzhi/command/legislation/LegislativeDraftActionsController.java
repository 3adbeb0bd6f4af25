package cn.luzhi.command.legislation;

import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.legislation.LegislativeDraftAction;
import cn.luzhi.events.legislation.LegislativeDraftLifecycle;
import cn.luzhi.events.legislation.LegislativeDraftState;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a draft's actions the caller may take now, and why not the others: the route table's {@link Access},
 * then {@link LegislativeDraftLifecycle}, through {@link AllowedActions}.
 */
@RestController
class LegislativeDraftActionsController {

    /** Clerks run the round; every deputy may collect opinions at its liaison points. */
    static final Access ASKING = Access.by(CLERK, DEPUTY);

    /** The answer: the draft's status, its version (for {@code If-Match}) and every action in route-table order. */
    record LegislativeDraftActions(String draftId, String status, long version, List<ActionView> actions) {
    }

    private final LegislativeDraftCommands routes;
    private final AllowedActions allowed;

    LegislativeDraftActionsController(LegislativeDraftCommands routes, AllowedActions allowed) {
        this.routes = routes;
        this.allowed = allowed;
    }

    @GetMapping("/api/legislative-drafts/{draftId}/actions")
    LegislativeDraftActions actions(@PathVariable String draftId) {
        AllowedActions.Answer<LegislativeDraftState> answer = allowed.of(draftId, LegislativeDraft.class,
                "立法征求意见", ASKING, routes, LegislativeDraftLifecycle::replay,
                LegislativeDraftActionsController::lifecycleRefusal);
        return new LegislativeDraftActions(draftId, answer.state().status().name(), answer.version(),
                answer.actions());
    }

    private static Optional<Refusal> lifecycleRefusal(CommandRoute route, LegislativeDraftState state,
                                                      LuzhiUser caller) {
        LegislativeDraftAction action = LegislativeDraftAction.of(route.commandType()).orElseThrow(
                () -> new IllegalStateException(route.commandType().getSimpleName() + " has no draft action"));
        return LegislativeDraftLifecycle.check(state, action);
    }
}
