package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Labelled;

/**
 * What a year's follow-up (回头看) of a B-class suggestion found. Only {@link #SOLVED} ends the follow-ups: the
 * suggestion then counts as solved in that year. A matter found not yet possible may become possible later (funds,
 * plans), so it may be looked at again in a later year, as one still in progress is.
 */
public enum FollowUpOutcome implements Labelled {
    SOLVED("已解决"),
    STILL_IN_PROGRESS("仍在推进"),
    NOT_YET_POSSIBLE("暂不具备条件");

    private final String label;

    FollowUpOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
