package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Labelled;

/** Why a deputy's mandate ended before the term (代表资格终止). */
public enum TerminationCause implements Labelled {
    RESIGNATION("辞职"),
    RECALL("罢免"),
    DEATH("去世"),
    MOVED_AWAY("迁出"),
    OTHER("其他");

    private final String label;

    TerminationCause(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
