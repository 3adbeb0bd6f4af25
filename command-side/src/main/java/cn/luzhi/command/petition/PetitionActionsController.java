package cn.luzhi.command.petition;

import static cn.luzhi.command.access.Own.petitionDeputy;
import static cn.luzhi.command.access.Own.petitionForwardedToCaller;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.SUPERVISOR;
import static cn.luzhi.events.common.ActorRole.UNIT;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.personaldata.RevealPeople;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Which of a petition's actions the logged-in caller may take now, and why not the others ({@link AllowedActions}). */
@RestController
class PetitionActionsController {

    /** Who may ask: the roles that act on petitions, deputies and units on the petitions they may act on. */
    static final Access ASKING = Access.by(CLERK, SUPERVISOR).andOwn(DEPUTY, petitionDeputy(true))
            .andOwn(UNIT, petitionForwardedToCaller());

    /** The answer: the petition's version (for {@code If-Match}) and every action in route-table order. */
    record PetitionActions(String petitionId, String status, long version, List<ActionView> actions) {
    }

    private final PetitionCommands routes;
    private final AllowedActions actions;

    PetitionActionsController(PetitionCommands routes, AllowedActions actions) {
        this.routes = routes;
        this.actions = actions;
    }

    @GetMapping("/api/petitions/{petitionId}/actions")
    PetitionActions actions(@PathVariable String petitionId) {
        AllowedActions.Answer<PetitionState> answer = actions.of(petitionId, Petition.class, "诉求", ASKING, routes,
                PetitionLifecycle::replay, PetitionActionsController::refusal, List.of(RevealPeople.PETITION));
        return new PetitionActions(petitionId, answer.state().status().name(), answer.version(), answer.actions());
    }

    /** A unit asks about its own reply; everyone else about the action as such. */
    private static Optional<Refusal> refusal(CommandRoute route, PetitionState state, LuzhiUser caller) {
        PetitionAction action = PetitionAction.of(route.commandType()).orElseThrow(() -> new IllegalStateException(
                route.commandType().getSimpleName() + " has no petition action"));
        return action == PetitionAction.REPLY && caller.role() == ActorRole.UNIT && caller.unitId() != null
                ? PetitionLifecycle.checkReply(state, HandlingUnitId.of(caller.unitId()))
                : PetitionLifecycle.check(state, action);
    }
}
