package cn.luzhi.events.reception;

import cn.luzhi.events.common.Labelled;

/** Where a reception stands: issues still open, or every issue answered or turned into a petition. */
public enum ReceptionStatus implements Labelled {
    OPEN("有待办问题"),
    SETTLED("已办结");

    private final String label;

    ReceptionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
