package cn.luzhi.command.ballot;

import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.web.AllowedActions;
import cn.luzhi.command.web.AllowedActions.ActionView;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.ballot.LivelihoodProjectAction;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.common.Refusal;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a livelihood project's actions the logged-in caller may take now, and why not the others: the route
 * table's {@link Access}, then {@link LivelihoodProjectLifecycle}, through {@link AllowedActions}.
 */
@RestController
class LivelihoodProjectActionsController {

    /** Who may ask: the roles that act on projects; a deputy inspects in their own name. */
    static final Access ASKING = Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyIds"));

    /** The answer: the project's version (for {@code If-Match}) and every action in route-table order. */
    record LivelihoodProjectActions(String projectId, String status, long version, List<ActionView> actions) {
    }

    private final LivelihoodProjectCommands routes;
    private final AllowedActions allowed;

    LivelihoodProjectActionsController(LivelihoodProjectCommands routes, AllowedActions allowed) {
        this.routes = routes;
        this.allowed = allowed;
    }

    @GetMapping("/api/projects/{projectId}/actions")
    LivelihoodProjectActions actions(@PathVariable String projectId) {
        AllowedActions.Answer<LivelihoodProjectState> answer = allowed.of(projectId, LivelihoodProject.class,
                "民生实事项目", ASKING, routes, LivelihoodProjectLifecycle::replay,
                (route, state, caller) -> lifecycleRefusal(route, state));
        return new LivelihoodProjectActions(projectId, answer.state().status().name(), answer.version(),
                answer.actions());
    }

    /** Every project action is asked as such: what a plan or a progress report says is not known yet. */
    private static Optional<Refusal> lifecycleRefusal(CommandRoute route, LivelihoodProjectState state) {
        LivelihoodProjectAction action = LivelihoodProjectAction.of(route.commandType()).orElseThrow(
                () -> new IllegalStateException(route.commandType().getSimpleName() + " has no project action"));
        return LivelihoodProjectLifecycle.check(state, action);
    }
}
