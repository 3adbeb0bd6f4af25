package cn.luzhi.command.duty;

import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.duty.CancelDutyActivity;
import cn.luzhi.events.duty.CheckInToDutyActivity;
import cn.luzhi.events.duty.CloseDutyActivity;
import cn.luzhi.events.duty.RecordAttendance;
import cn.luzhi.events.duty.ScheduleDutyActivity;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class DutyActivityCommands implements CommandRoutes {

    private static final String ACTIVITIES = "duty-activities";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(ACTIVITIES, ScheduleDutyActivity.class, "安排履职活动并邀请代表",
                        Access.by(CLERK)),
                action(ACTIVITIES, "record-attendance", RecordAttendance.class, "点名（出席、缺席、请假）",
                        Access.by(CLERK)),
                action(ACTIVITIES, "check-in", CheckInToDutyActivity.class, "代表扫码签到（活动当天）",
                        Access.by().andOwn(DEPUTY, asSelf("deputyId"))),
                action(ACTIVITIES, "close", CloseDutyActivity.class, "结束活动，出勤定案",
                        Access.by(CLERK)),
                action(ACTIVITIES, "cancel", CancelDutyActivity.class, "取消活动（须说明理由）",
                        Access.by(CLERK)));
    }
}
