package cn.luzhi.events.region;

import cn.luzhi.events.common.Labelled;

/** Whether a region is still in use; a retired region keeps its history but takes no further change. */
public enum RegionStatus implements Labelled {
    ACTIVE("现行", false),
    RETIRED("已撤并", true);

    private final String label;
    private final boolean terminal;

    RegionStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /** No further change is possible once a region is in a terminal state. */
    public boolean isTerminal() {
        return terminal;
    }
}
