package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Labelled;

/** What the procuratorate did with a suggestion passed to it (双向衔接转化). */
public enum ProcuratorateOutcome implements Labelled {
    SUGGESTION_ISSUED("已制发公益诉讼检察建议"),
    LAWSUIT_FILED("已提起公益诉讼"),
    DECLINED("不予立案");

    private final String label;

    ProcuratorateOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
