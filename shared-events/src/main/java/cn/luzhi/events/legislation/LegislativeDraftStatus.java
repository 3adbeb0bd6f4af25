package cn.luzhi.events.legislation;

import cn.luzhi.events.common.Labelled;

/** Where a draft's comment round stands. */
public enum LegislativeDraftStatus implements Labelled {
    OPEN("征求意见中"),
    CLOSED("征求意见已截止"),
    FORWARDED("意见已报送"),
    FEEDBACK_RECORDED("已反馈采纳情况");

    private final String label;

    LegislativeDraftStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
