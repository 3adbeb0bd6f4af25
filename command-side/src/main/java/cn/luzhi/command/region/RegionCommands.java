package cn.luzhi.command.region;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.ADMIN;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.region.RegisterRegion;
import cn.luzhi.events.region.RenameRegion;
import cn.luzhi.events.region.RetireRegion;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class RegionCommands implements CommandRoutes {

    private static final String REGIONS = "regions";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(REGIONS, RegisterRegion.class, "登记行政区划（编号为统计用区划代码）",
                        Access.by(ADMIN, CLERK)),
                action(REGIONS, "rename", RenameRegion.class, "行政区划更名",
                        Access.by(ADMIN, CLERK)),
                action(REGIONS, "retire", RetireRegion.class, "撤并行政区划（须说明理由，可注明并入的行政区划）",
                        Access.by(ADMIN, CLERK)));
    }
}
