package cn.luzhi.command.unit;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.ADMIN;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.unit.DeactivateHandlingUnit;
import cn.luzhi.events.unit.ReactivateHandlingUnit;
import cn.luzhi.events.unit.RegisterHandlingUnit;
import cn.luzhi.events.unit.RenameHandlingUnit;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class HandlingUnitCommands implements CommandRoutes {

    private static final String UNITS = "units";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(UNITS, RegisterHandlingUnit.class, "登记承办单位（政府部门、监察委员会、法院、检察院）",
                        Access.by(ADMIN, CLERK)),
                action(UNITS, "rename", RenameHandlingUnit.class, "承办单位更名",
                        Access.by(ADMIN, CLERK)),
                action(UNITS, "deactivate", DeactivateHandlingUnit.class, "停用承办单位（须说明理由）",
                        Access.by(ADMIN, CLERK)),
                action(UNITS, "reactivate", ReactivateHandlingUnit.class, "重新启用已停用的承办单位",
                        Access.by(ADMIN, CLERK)));
    }
}
