package cn.luzhi.query.activity;

import cn.luzhi.events.common.Labelled;

/** What a deputy or a station did that counts for performance points and for the most active lists. */
public enum ActivityKind implements Labelled {
    /** A citizen's petition was received at the station (in person or through its QR code); no deputy acts. */
    PETITION_RECEIVED_AT_STATION("站点接收诉求"),
    PETITION_TAKEN_UP("受理诉求"),
    SUGGESTION_FILED("领衔提出建议"),
    SUGGESTION_CO_SIGNED("联名建议"),
    MEDIATION_SESSION_HELD("主持调解"),
    LEGISLATIVE_OPINION("收集立法意见");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
