package cn.luzhi.command.petition;

import static cn.luzhi.command.access.Own.petitionDeputy;
import static cn.luzhi.command.access.Own.petitionForwardedToCaller;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.SUPERVISOR;
import static cn.luzhi.events.common.ActorRole.UNIT;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.access.CaseHistory;
import cn.luzhi.command.access.CommandGuard;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a petition's actions the logged-in caller may take now, and why not the others: the route table's
 * {@link Access} (role, then ownership), then the petition's lifecycle, in the order the command API itself
 * refuses. Pages show a button per allowed action and the reason beside a missing one; they never guess.
 */
@RestController
class PetitionActionsController {

    /** Who may ask: the roles that act on petitions, deputies and units on the petitions they may act on. */
    static final Access ASKING = Access.by(CLERK, SUPERVISOR).andOwn(DEPUTY, petitionDeputy(true))
            .andOwn(UNIT, petitionForwardedToCaller());

    /** One action: its path segment, what it does, and whether the caller may take it now. */
    record ActionView(String action, String summary, boolean allowed, String reason) {
    }

    /** The answer: the petition's version (for {@code If-Match}) and every action in route-table order. */
    record PetitionActions(String petitionId, String status, long version, List<ActionView> actions) {
    }

    private final PetitionCommands routes;
    private final CommandGuard guard;

    PetitionActionsController(PetitionCommands routes, CommandGuard guard) {
        this.routes = routes;
        this.guard = guard;
    }

    @GetMapping("/api/petitions/{petitionId}/actions")
    PetitionActions actions(@PathVariable String petitionId) {
        guard.admit(ASKING, "查看诉求可办理的事项");
        CaseHistory history = guard.history(petitionId);
        if (history.isEmpty()) {
            throw new AggregateNotFoundException(petitionId, "未找到编号为「" + petitionId + "」的诉求");
        }
        // Another kind of record's id is answered like a missing one, as on every route.
        guard.checkCase(ASKING, null, petitionId, Petition.class);
        PetitionState state = PetitionLifecycle.replay(history.events());
        LuzhiUser caller = CommandGuard.caller();
        List<ActionView> actions = routes.routes().stream().filter(route -> !route.creates()).map(route -> {
            Optional<String> refusal = guard.refusal(route.access(), route.summary(), history)
                    .or(() -> lifecycleRefusal(route, state, caller));
            return new ActionView(route.action(), route.summary(), refusal.isEmpty(), refusal.orElse(null));
        }).toList();
        return new PetitionActions(petitionId, state.status().name(), history.events().size() - 1L, actions);
    }

    /** A unit asks about its own reply; everyone else about the action as such. */
    private static Optional<String> lifecycleRefusal(CommandRoute route, PetitionState state, LuzhiUser caller) {
        PetitionAction action = PetitionAction.of(route.commandType()).orElseThrow(() -> new IllegalStateException(
                route.commandType().getSimpleName() + " has no petition action"));
        Optional<Refusal> refusal = action == PetitionAction.REPLY && caller.role() == ActorRole.UNIT
                && caller.unitId() != null ? PetitionLifecycle.checkReply(state, HandlingUnitId.of(caller.unitId()))
                : PetitionLifecycle.check(state, action);
        return refusal.map(Refusal::reason);
    }
}
