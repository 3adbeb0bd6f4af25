package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Labelled;

/** Where an approved livelihood project stands. */
public enum ProjectStatus implements Labelled {
    APPROVED("已票决立项", false),
    IN_PROGRESS("实施中", false),
    COMPLETED("已完工", false),
    RATED("已测评", true);

    private final String label;
    private final boolean terminal;

    ProjectStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /** A rated project is finished with for good: its satisfaction figures are published. */
    public boolean isTerminal() {
        return terminal;
    }
}
