package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Labelled;

/** Where a mediation case stands in its lifecycle. */
public enum MediationCaseStatus implements Labelled {
    REFERRED("待指派调解员", false),
    MEDIATING("调解中", false),
    SETTLED("调解成功", true),
    FAILED("调解不成", true),
    WITHDRAWN("已撤回", true);

    private final String label;
    private final boolean terminal;

    MediationCaseStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Mediation is over: no more mediators, sessions or extensions. A settled case may still be judicially
     * confirmed and an ended case visited, but its outcome never changes, so success rates stay stable.
     */
    public boolean isTerminal() {
        return terminal;
    }
}
