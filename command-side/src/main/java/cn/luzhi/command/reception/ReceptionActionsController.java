package cn.luzhi.command.reception;

import static cn.luzhi.command.access.Own.receptionDeputy;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.reception.ReceptionAction;
import cn.luzhi.events.reception.ReceptionLifecycle;
import cn.luzhi.events.reception.ReceptionState;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a reception's actions the logged-in caller may take now, and why not the others: the route table's
 * {@link Access}, then {@link ReceptionLifecycle}, through {@link AllowedActions}. Which issue an action applies to
 * the page learns from the reception itself (its open issues).
 */
@RestController
class ReceptionActionsController {

    static final Access ASKING = Access.by(CLERK).andOwn(DEPUTY, receptionDeputy());

    /** The answer: the reception's version (for {@code If-Match}) and every action in route-table order. */
    record ReceptionActions(String receptionId, String status, long version, List<ActionView> actions) {
    }

    private final ReceptionCommands routes;
    private final AllowedActions allowed;

    ReceptionActionsController(ReceptionCommands routes, AllowedActions allowed) {
        this.routes = routes;
        this.allowed = allowed;
    }

    @GetMapping("/api/receptions/{receptionId}/actions")
    ReceptionActions actions(@PathVariable String receptionId) {
        AllowedActions.Answer<ReceptionState> answer = allowed.of(receptionId, Reception.class, "接待记录", ASKING,
                routes, ReceptionLifecycle::replay, ReceptionActionsController::lifecycleRefusal);
        return new ReceptionActions(receptionId, answer.state().status().name(), answer.version(),
                answer.actions());
    }

    private static Optional<Refusal> lifecycleRefusal(CommandRoute route, ReceptionState state, LuzhiUser caller) {
        ReceptionAction action = ReceptionAction.of(route.commandType()).orElseThrow(
                () -> new IllegalStateException(route.commandType().getSimpleName() + " has no reception action"));
        return ReceptionLifecycle.check(state, action);
    }
}
