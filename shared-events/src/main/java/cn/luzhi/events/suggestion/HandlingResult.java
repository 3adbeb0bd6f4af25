package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Labelled;

/** How the lead unit classifies its reply; the cockpit publishes suggestions by these three classes. */
public enum HandlingResult implements Labelled {
    SOLVED_OR_ADOPTED("A", "已解决或采纳"),
    BEING_SOLVED_OR_PLANNED("B", "正在解决或列入计划"),
    KEPT_FOR_REFERENCE("C", "暂不具备条件、留作参考");

    private final String code;
    private final String label;

    HandlingResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The class letter used in replies and published figures. */
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
