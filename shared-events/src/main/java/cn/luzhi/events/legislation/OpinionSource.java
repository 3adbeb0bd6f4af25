package cn.luzhi.events.legislation;

import cn.luzhi.events.common.Labelled;

/** Who brought an opinion to a liaison point. */
public enum OpinionSource implements Labelled {
    DEPUTY("代表收集"),
    CLERK("联系点工作人员收集"),
    CITIZEN("群众扫码提交");

    private final String label;

    OpinionSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
