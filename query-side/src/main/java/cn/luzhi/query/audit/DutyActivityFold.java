package cn.luzhi.query.audit;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.DutyActivityLifecycle;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.duty.DutyActivityState;
import cn.luzhi.query.common.CaseType;
import java.util.List;
import java.util.Map;

/** A deputies' activity's (履职活动) state, event by event: its roll call as the lifecycle keeps it. */
final class DutyActivityFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField KIND = new StateField("kind", "活动类型");
    static final StateField TITLE = new StateField("title", "活动名称");
    static final StateField STARTS = new StateField("startsAt", "开始时间");
    static final StateField ENDS = new StateField("endsAt", "结束时间");
    static final StateField PLACE = new StateField("place", "地点");
    static final StateField INVITED = new StateField("invited", "受邀代表");
    static final StateField PRESENT = new StateField("present", "出席代表");
    static final StateField ON_LEAVE = new StateField("onLeave", "请假代表");
    static final StateField ABSENT = new StateField("absent", "缺席代表");

    private static final List<StateField> FIELDS = List.of(STATUS, KIND, TITLE, STARTS, ENDS, PLACE, REGION,
            INVITED, PRESENT, ON_LEAVE, ABSENT);

    DutyActivityFold() {
        super(CaseType.DUTY_ACTIVITY, DutyActivityScheduled.class, FIELDS);
    }

    /** The status and the attendance are the lifecycle's state after the event; the rest is what scheduling said. */
    @Override
    CaseState apply(CaseState state, Object event) {
        DutyActivityState after = DutyActivityLifecycle.evolve(
                state.lifecycle(DutyActivityState.class, DutyActivityState.NONE), event);
        if (!after.exists()) {
            return state;
        }
        CaseState shown = state;
        if (event instanceof DutyActivityScheduled e) {
            shown = shown.with(KIND, e.kind()).with(TITLE, e.title()).with(STARTS, e.startsAt())
                    .with(ENDS, e.endsAt()).with(PLACE, e.place()).with(REGION, e.regionId())
                    .with(INVITED, e.invitedDeputyIds().stream().map(DeputyId::value).toList());
        }
        return shown.withLifecycle(after).with(STATUS, after.status())
                .with(PRESENT, with(after.attendance(), AttendanceStatus.PRESENT))
                .with(ON_LEAVE, with(after.attendance(), AttendanceStatus.ON_LEAVE))
                .with(ABSENT, with(after.attendance(), AttendanceStatus.ABSENT));
    }

    private static List<String> with(Map<String, AttendanceStatus> attendance, AttendanceStatus status) {
        return attendance.entrySet().stream().filter(entry -> entry.getValue() == status).map(Map.Entry::getKey)
                .toList();
    }
}
