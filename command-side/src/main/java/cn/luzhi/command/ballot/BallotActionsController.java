package cn.luzhi.command.ballot;

import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.ballot.BallotAction;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a ballot's actions the logged-in caller may take now, and why not the others: the route table's
 * {@link Access}, then {@link BallotLifecycle}, through {@link AllowedActions}. Whether the caller has voted is
 * not known to anyone, so a deputy is told whether voting is open, never whether they voted.
 */
@RestController
class BallotActionsController {

    /** Who may ask: the roles that act on ballots. */
    static final Access ASKING = Access.by(CLERK, DEPUTY);

    /** The answer: the ballot's version (for {@code If-Match}) and every action in route-table order. */
    record BallotActions(String ballotId, String status, long version, List<ActionView> actions) {
    }

    private final BallotCommands routes;
    private final AllowedActions allowed;

    BallotActionsController(BallotCommands routes, AllowedActions allowed) {
        this.routes = routes;
        this.allowed = allowed;
    }

    @GetMapping("/api/ballots/{ballotId}/actions")
    BallotActions actions(@PathVariable String ballotId) {
        Instant now = GenericEventMessage.clock.instant();
        AllowedActions.Answer<BallotState> answer = allowed.of(ballotId, Ballot.class, "票决", ASKING, routes,
                BallotLifecycle::replay, (route, state, caller) -> lifecycleRefusal(route, state, caller, now));
        return new BallotActions(ballotId, answer.state().status().name(), answer.version(), answer.actions());
    }

    /** A deputy asks about their own check-in; check-in and voting are judged against the clock, like the commands. */
    private static Optional<Refusal> lifecycleRefusal(CommandRoute route, BallotState state, LuzhiUser caller,
                                                      Instant now) {
        BallotAction action = BallotAction.of(route.commandType()).orElseThrow(
                () -> new IllegalStateException(route.commandType().getSimpleName() + " has no ballot action"));
        if (action == BallotAction.CHECK_IN && caller.role() == DEPUTY && caller.deputyId() != null) {
            return BallotLifecycle.checkCheckIn(state, DeputyId.of(caller.deputyId()), now);
        }
        return action == BallotAction.CHECK_IN || action == BallotAction.VOTE
                ? BallotLifecycle.checkVoting(state, action, now) : BallotLifecycle.check(state, action);
    }
}
