package cn.luzhi.command.station;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.ADMIN;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.station.CloseStation;
import cn.luzhi.events.station.DesignateLiaisonPoint;
import cn.luzhi.events.station.PublishDutyRota;
import cn.luzhi.events.station.RevokeLiaisonPoint;
import cn.luzhi.events.station.MoveStation;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.ReissueStationQrCode;
import cn.luzhi.events.station.RenameStation;
import cn.luzhi.events.station.ReopenStation;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class StationCommands implements CommandRoutes {

    private static final String STATIONS = "stations";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(STATIONS, OpenStation.class, "登记开设的代表之家、联络站或工作站，并生成家站码",
                        Access.by(ADMIN, CLERK)),
                action(STATIONS, "rename", RenameStation.class, "站点更名",
                        Access.by(ADMIN, CLERK)),
                action(STATIONS, "move", MoveStation.class, "站点迁址（新地址或所属行政区划）",
                        Access.by(ADMIN, CLERK)),
                action(STATIONS, "reissue-qr-code", ReissueStationQrCode.class, "重新生成家站码（旧码随即失效）",
                        Access.by(ADMIN, CLERK)),
                action(STATIONS, "close", CloseStation.class, "关闭站点（须说明理由）",
                        Access.by(ADMIN, CLERK)),
                action(STATIONS, "reopen", ReopenStation.class, "重新开放已关闭的站点",
                        Access.by(ADMIN, CLERK)),
                action(STATIONS, "designate-liaison-point", DesignateLiaisonPoint.class,
                        "设为基层立法联系点（须说明理由或依据）", Access.by(ADMIN, CLERK)),
                action(STATIONS, "revoke-liaison-point", RevokeLiaisonPoint.class,
                        "撤销基层立法联系点（须说明理由）", Access.by(ADMIN, CLERK)),
                action(STATIONS, "publish-duty-rota", PublishDutyRota.class,
                        "发布接待值班表：某段日期内每天由哪些代表接待、接待时间（覆盖这段日期已发布的安排）",
                        Access.by(ADMIN, CLERK)));
    }
}
