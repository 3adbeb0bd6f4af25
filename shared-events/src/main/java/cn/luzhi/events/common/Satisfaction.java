package cn.luzhi.events.common;

/** How a citizen or a deputy rates the handling of a case. */
public enum Satisfaction implements Labelled {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Satisfied and basically satisfied both count as satisfied in published satisfaction rates. */
    public boolean countsAsSatisfied() {
        return this != UNSATISFIED;
    }
}
