package cn.luzhi.events.station;

import cn.luzhi.events.common.Labelled;

/** Whether a station receives citizens; a closed one can be reopened, and until then takes no change. */
public enum StationStatus implements Labelled {
    OPEN("开放"),
    CLOSED("已关闭");

    private final String label;

    StationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
