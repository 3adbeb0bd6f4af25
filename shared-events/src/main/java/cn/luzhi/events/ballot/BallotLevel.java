package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Labelled;

/** Who holds the ballot: the district (county, city) congress in session, or a town or subdistrict. */
public enum BallotLevel implements Labelled {
    CONGRESS("人代会票决"),
    TOWN("镇街票选");

    private final String label;

    BallotLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
