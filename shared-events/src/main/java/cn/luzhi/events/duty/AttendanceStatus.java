package cn.luzhi.events.duty;

import cn.luzhi.events.common.Labelled;

/** A deputy's attendance at an activity as the clerk's roll call or the deputy's check-in records it. */
public enum AttendanceStatus implements Labelled {
    PRESENT("出席"),
    ABSENT("缺席"),
    /** Excused beforehand, with the reason given (请假). */
    ON_LEAVE("请假");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
