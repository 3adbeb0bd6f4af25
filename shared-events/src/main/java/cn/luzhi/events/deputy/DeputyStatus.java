package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Labelled;

/** Whether a deputy still serves; a deputy whose term ended or whose mandate was terminated takes no change. */
public enum DeputyStatus implements Labelled {
    SERVING("在任", false),
    TERM_ENDED("任期届满", true),
    TERMINATED("代表资格终止", true);

    private final String label;
    private final boolean terminal;

    DeputyStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /** No further change is possible once a deputy is in a terminal state. */
    public boolean isTerminal() {
        return terminal;
    }
}
