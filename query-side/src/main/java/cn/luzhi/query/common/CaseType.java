package cn.luzhi.query.common;

import cn.luzhi.events.common.Labelled;

/** The case types the query side follows, with the cockpit section each one feeds. */
public enum CaseType implements Labelled {
    PETITION("民意诉求", "petitions"),
    SUGGESTION("代表建议", "suggestions"),
    MEDIATION("诉前调解", "mediation"),
    BALLOT("项目票决", "ballots"),
    PROJECT("民生实事", "ballots"),
    RECEPTION("进家接待", "receptions"),
    LEGISLATION("立法意见征集", "legislation"),
    DUTY_ACTIVITY("履职活动", "dutyActivities");

    private final String label;
    private final String cockpitSection;

    CaseType(String label, String cockpitSection) {
        this.label = label;
        this.cockpitSection = cockpitSection;
    }

    @Override
    public String label() {
        return label;
    }

    /** The key of the cockpit summary whose figures a change of such a case moves. */
    public String cockpitSection() {
        return cockpitSection;
    }
}
