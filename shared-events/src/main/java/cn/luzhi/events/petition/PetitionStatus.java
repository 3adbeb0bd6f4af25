package cn.luzhi.events.petition;

import cn.luzhi.events.common.Labelled;

/** Where a petition stands in its lifecycle. */
public enum PetitionStatus implements Labelled {
    SUBMITTED("待受理", false),
    ACCEPTED("已受理", false),
    FORWARDED("转办中", false),
    REPLIED("已答复", false),
    FOLLOWED_UP("已跟进", false),
    RATED("已评价", false),
    REOPENED("重新办理", false),
    CLOSED("已办结", true),
    DECLINED("不予受理", true),
    WITHDRAWN("已撤回", true),
    MERGED("已合并", true);

    private final String label;
    private final boolean terminal;

    PetitionStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /** No further step is possible once a petition is in a terminal state. */
    public boolean isTerminal() {
        return terminal;
    }
}
