package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Labelled;

/** Where a candidate project came from during collection (征集). */
public enum ProposerKind implements Labelled {
    CITIZEN("群众建议"),
    DEPUTY("代表提出"),
    GOVERNMENT("政府部门提出");

    private final String label;

    ProposerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
