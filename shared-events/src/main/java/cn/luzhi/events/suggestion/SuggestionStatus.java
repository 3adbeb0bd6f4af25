package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Labelled;

/** Where a suggestion or bill stands in its lifecycle. */
public enum SuggestionStatus implements Labelled {
    DRAFTED("草拟中", false),
    SUBMITTED("待审查", false),
    ACCEPTED("已立案", false),
    ASSIGNED("办理中", false),
    REPLIED("已答复", false),
    REHANDLING("重新办理", false),
    RATED("已评价", false),
    CLOSED("已办结", true),
    MERGED("已并案", true),
    RETURNED("已退回", true);

    private final String label;
    private final boolean terminal;

    SuggestionStatus(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public String label() {
        return label;
    }

    /** No further handling step once terminal; a closed B-class suggestion may still be followed up (回头看). */
    public boolean isTerminal() {
        return terminal;
    }
}
