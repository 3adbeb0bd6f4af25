package cn.luzhi.command.duty;

import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.DutyActivityAction;
import cn.luzhi.events.duty.DutyActivityLifecycle;
import cn.luzhi.events.duty.DutyActivityState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of an activity's actions the logged-in caller may take now, and why not the others: the route table's
 * {@link Access}, then {@link DutyActivityLifecycle}, through {@link AllowedActions}. A deputy asks before checking
 * in, so the answer says whether the check-in window is open for them.
 */
@RestController
class DutyActivityActionsController {

    /** Who may ask: the clerk, and any deputy (an activity may be open to all). */
    static final Access ASKING = Access.by(CLERK, DEPUTY);

    /** The answer: the activity's version (for {@code If-Match}) and every action in route-table order. */
    record DutyActivityActions(String activityId, String status, long version, List<ActionView> actions) {
    }

    private final DutyActivityCommands routes;
    private final AllowedActions allowed;

    DutyActivityActionsController(DutyActivityCommands routes, AllowedActions allowed) {
        this.routes = routes;
        this.allowed = allowed;
    }

    @GetMapping("/api/duty-activities/{activityId}/actions")
    DutyActivityActions actions(@PathVariable String activityId) {
        AllowedActions.Answer<DutyActivityState> answer = allowed.of(activityId, DutyActivity.class, "履职活动",
                ASKING, routes, DutyActivityLifecycle::replay, DutyActivityActionsController::lifecycleRefusal);
        return new DutyActivityActions(activityId, answer.state().status().name(), answer.version(),
                answer.actions());
    }

    /** The check-in is asked for the calling deputy; the roll call as such, since whom it names is not known yet. */
    private static Optional<Refusal> lifecycleRefusal(CommandRoute route, DutyActivityState state,
                                                      LuzhiUser caller) {
        DutyActivityAction action = DutyActivityAction.of(route.commandType()).orElseThrow(
                () -> new IllegalStateException(route.commandType().getSimpleName() + " has no activity action"));
        Instant now = GenericEventMessage.clock.instant();
        return switch (action) {
            case CHECK_IN -> caller.deputyId() == null ? DutyActivityLifecycle.check(state, action)
                    : DutyActivityLifecycle.checkCheckIn(state, DeputyId.of(caller.deputyId()), now);
            case CLOSE -> DutyActivityLifecycle.checkClose(state, now);
            case RECORD_ATTENDANCE, CANCEL -> DutyActivityLifecycle.check(state, action);
        };
    }
}
