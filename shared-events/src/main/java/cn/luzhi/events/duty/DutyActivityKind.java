package cn.luzhi.events.duty;

import cn.luzhi.events.common.Labelled;

/** What deputies are called together for; each kind earns its own points. */
public enum DutyActivityKind implements Labelled {
    /** Attending a sitting of the standing committee or the government as a non-voting guest (列席). */
    SITTING("列席会议"),
    INSPECTION("视察"),
    LAW_ENFORCEMENT_CHECK("执法检查"),
    SURVEY("调研"),
    /** Study and training, also the online course (代表云课堂). */
    TRAINING("学习培训");

    private final String label;

    DutyActivityKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
