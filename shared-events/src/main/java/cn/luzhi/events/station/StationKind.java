package cn.luzhi.events.station;

import cn.luzhi.events.common.Labelled;

/** What a station is called and how fully it is equipped. */
public enum StationKind implements Labelled {
    HOME("代表之家"),
    LIAISON_STATION("代表联络站"),
    WORK_STATION("代表工作站");

    private final String label;

    StationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
