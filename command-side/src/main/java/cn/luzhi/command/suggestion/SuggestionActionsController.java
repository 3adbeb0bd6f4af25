package cn.luzhi.command.suggestion;

import static cn.luzhi.command.access.Own.suggestionAssignedToCaller;
import static cn.luzhi.command.access.Own.suggestionDeputy;
import static cn.luzhi.command.access.Own.suggestionProcuratorate;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.LEADER;
import static cn.luzhi.events.common.ActorRole.SUPERVISOR;
import static cn.luzhi.events.common.ActorRole.UNIT;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.suggestion.SuggestionAction;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a suggestion's or bill's actions the logged-in caller may take now, and why not the others
 * ({@link AllowedActions}).
 */
@RestController
class SuggestionActionsController {

    /**
     * Who may ask: the roles that act on suggestions, deputies on the suggestions that are theirs or that they were
     * invited to co-sign, units on those assigned to them, a procuratorate on those passed to it.
     */
    static final Access ASKING = Access.by(CLERK, SUPERVISOR, LEADER).andOwn(DEPUTY, suggestionDeputy())
            .andOwn(UNIT, suggestionAssignedToCaller().or(suggestionProcuratorate()));

    /** The answer: the suggestion's version (for {@code If-Match}) and every action in route-table order. */
    record SuggestionActions(String suggestionId, String status, long version, List<ActionView> actions) {
    }

    private final SuggestionCommands routes;
    private final AllowedActions actions;

    SuggestionActionsController(SuggestionCommands routes, AllowedActions actions) {
        this.routes = routes;
        this.actions = actions;
    }

    @GetMapping("/api/suggestions/{suggestionId}/actions")
    SuggestionActions actions(@PathVariable String suggestionId) {
        AllowedActions.Answer<SuggestionState> answer = actions.of(suggestionId, Suggestion.class, "建议", ASKING, routes,
                SuggestionLifecycle::replay, SuggestionActionsController::refusal);
        return new SuggestionActions(suggestionId, answer.state().status().name(), answer.version(),
                answer.actions());
    }

    /** A unit asks about its own meeting, opinion or reply, a deputy about co-signing; the rest as such. */
    private static Optional<Refusal> refusal(CommandRoute route, SuggestionState state, LuzhiUser caller) {
        SuggestionAction action = SuggestionAction.of(route.commandType()).orElseThrow(() ->
                new IllegalStateException(route.commandType().getSimpleName() + " has no suggestion action"));
        if (caller.role() == ActorRole.UNIT && caller.unitId() != null) {
            HandlingUnitId unit = HandlingUnitId.of(caller.unitId());
            if (action == SuggestionAction.MEET) {
                return SuggestionLifecycle.checkMeet(state, unit);
            }
            if (action == SuggestionAction.OPINION) {
                return SuggestionLifecycle.checkOpinion(state, unit);
            }
            if (action == SuggestionAction.REPLY) {
                return SuggestionLifecycle.checkReply(state, unit);
            }
        }
        if (action == SuggestionAction.CO_SIGN && caller.role() == ActorRole.DEPUTY && caller.deputyId() != null) {
            return SuggestionLifecycle.checkCoSign(state, DeputyId.of(caller.deputyId()));
        }
        return SuggestionLifecycle.check(state, action);
    }
}
