package cn.luzhi.command.ballot;

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
                action(PROJECTS, "plan-milestones", PlanProjectMilestones.class, "制定项目里程碑计划"),
                action(PROJECTS, "record-progress", RecordProjectProgress.class, "登记项目进度"),
                action(PROJECTS, "inspect", InspectProject.class, "代表视察项目"),
                action(PROJECTS, "complete", CompleteProject.class, "项目完工（进度须达100%）"),
                action(PROJECTS, "rate", RateProject.class, "满意度测评"));
    }
}
