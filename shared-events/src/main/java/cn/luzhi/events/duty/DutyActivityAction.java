package cn.luzhi.events.duty;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/** What someone can do to a scheduled activity: one per command that acts on it. */
public enum DutyActivityAction implements CaseAction {
    RECORD_ATTENDANCE(RecordAttendance.class, "点名"),
    CHECK_IN(CheckInToDutyActivity.class, "签到"),
    CLOSE(CloseDutyActivity.class, "结束活动"),
    CANCEL(CancelDutyActivity.class, "取消活动");

    private final Class<? extends Record> command;
    private final String label;

    DutyActivityAction(Class<? extends Record> command, String label) {
        this.command = command;
        this.label = label;
    }

    @Override
    public Class<? extends Record> command() {
        return command;
    }

    @Override
    public String label() {
        return label;
    }

    /** The action a command performs; empty for a command that does not act on an existing activity. */
    public static Optional<DutyActivityAction> of(Class<?> commandType) {
        return CaseAction.of(DutyActivityAction.class, commandType);
    }
}
