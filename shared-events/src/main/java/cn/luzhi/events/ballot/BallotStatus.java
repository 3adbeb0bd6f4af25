package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Labelled;

/** Where a ballot on livelihood projects stands. */
public enum BallotStatus implements Labelled {
    COLLECTING("征集中", false),
    SHORTLISTED("已初定", false),
    OPEN("投票中", false),
    CLOSED("投票已截止", false),
    PUBLISHED("结果已公布", true);

    private final String label;
    private final boolean terminal;

    BallotStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /** Once the tally is published nothing about the ballot can change. */
    public boolean isTerminal() {
        return terminal;
    }
}
