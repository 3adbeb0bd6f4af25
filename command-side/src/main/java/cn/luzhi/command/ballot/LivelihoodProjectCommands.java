package cn.luzhi.command.ballot;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.web.CommandRoute.action;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import java.util.List;
import org.springframework.stereotype.Component;

/** Projects have no creating route: publishing a ballot's tally creates them. */
@Component
class LivelihoodProjectCommands implements CommandRoutes {

    private static final String PROJECTS = "projects";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                action(PROJECTS, "plan-milestones", PlanProjectMilestones.class, "制定项目里程碑计划",
                        Access.by(CLERK)),
                action(PROJECTS, "record-progress", RecordProjectProgress.class, "登记项目进度",
                        Access.by(CLERK)),
                action(PROJECTS, "inspect", InspectProject.class, "代表视察项目",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyIds"))),
                action(PROJECTS, "complete", CompleteProject.class, "项目完工（进度须达100%）",
                        Access.by(CLERK)),
                action(PROJECTS, "rate", RateProject.class, "满意度测评",
                        Access.by(CLERK)));
    }
}
