package cn.luzhi.events.duty;

import cn.luzhi.events.common.Labelled;

/** Where an activity stands: attendance is taken while it is scheduled and fixed once it is closed. */
public enum DutyActivityStatus implements Labelled {
    SCHEDULED("已安排"),
    CLOSED("已结束"),
    CANCELLED("已取消");

    private final String label;

    DutyActivityStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Attendance can no longer change. */
    public boolean isTerminal() {
        return this != SCHEDULED;
    }
}
