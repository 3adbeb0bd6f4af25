package cn.luzhi.query.rebuild;

/** Where a rebuild is, with the label an administrator reads. */
public enum RebuildPhase {
    /** Replaying the store into the copy, up to the head as it was at the start. */
    COPYING("复制中"),
    /** Following the events that arrived since, until the copy is close to the head. */
    CATCHING_UP("追赶中"),
    /** The live processor is paused; the last events are applied and the tables swapped. */
    SWITCHING("切换中"),
    DONE("完成"),
    FAILED("失败");

    private final String label;

    RebuildPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean running() {
        return this == COPYING || this == CATCHING_UP || this == SWITCHING;
    }
}
