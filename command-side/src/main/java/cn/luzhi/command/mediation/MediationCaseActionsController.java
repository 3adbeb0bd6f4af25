package cn.luzhi.command.mediation;

import static cn.luzhi.command.access.Own.mediator;
import static cn.luzhi.command.access.Own.referringCourt;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.UNIT;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.personaldata.RevealPeople;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.MediationCaseAction;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseState;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a mediation case's actions the logged-in caller may take now, and why not the others: the route
 * table's {@link Access}, then {@link MediationCaseLifecycle}, through {@link AllowedActions}.
 */
@RestController
class MediationCaseActionsController {

    /** Who may ask: the roles that act on mediation cases, deputies and courts on the cases they may act on. */
    static final Access ASKING = Access.by(CLERK).andOwn(DEPUTY, mediator()).andOwn(UNIT, referringCourt());

    /** The answer: the case's version (for {@code If-Match}) and every action in route-table order. */
    record MediationCaseActions(String mediationCaseId, String status, long version, List<ActionView> actions) {
    }

    private final MediationCaseCommands routes;
    private final AllowedActions allowed;

    MediationCaseActionsController(MediationCaseCommands routes, AllowedActions allowed) {
        this.routes = routes;
        this.allowed = allowed;
    }

    @GetMapping("/api/mediation-cases/{mediationCaseId}/actions")
    MediationCaseActions actions(@PathVariable String mediationCaseId) {
        AllowedActions.Answer<MediationCaseState> answer = allowed.of(mediationCaseId, MediationCase.class,
                "调解案件", ASKING, routes, MediationCaseLifecycle::replay,
                MediationCaseActionsController::lifecycleRefusal, List.of(RevealPeople.MEDIATION_CASE));
        return new MediationCaseActions(mediationCaseId, answer.state().status().name(), answer.version(),
                answer.actions());
    }

    /**
     * A deputy asks about a session of their own; an extension is judged against the clock, like the command.
     * Everything else is the action as such.
     */
    private static Optional<Refusal> lifecycleRefusal(CommandRoute route, MediationCaseState state,
                                                      LuzhiUser caller) {
        MediationCaseAction action = MediationCaseAction.of(route.commandType()).orElseThrow(
                () -> new IllegalStateException(route.commandType().getSimpleName() + " has no mediation action"));
        if (action == MediationCaseAction.RECORD_SESSION && caller.role() == DEPUTY && caller.deputyId() != null) {
            return MediationCaseLifecycle.checkSession(state, DeputyId.of(caller.deputyId()));
        }
        if (action == MediationCaseAction.EXTEND) {
            return MediationCaseLifecycle.checkExtension(state, GenericEventMessage.clock.instant());
        }
        return MediationCaseLifecycle.check(state, action);
    }
}
