package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Labelled;

/** When a suggestion was submitted: while the congress sits or between its sessions. */
public enum SessionPeriod implements Labelled {
    DURING_SESSION("大会期间"),
    RECESS("闭会期间");

    private final String label;

    SessionPeriod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
