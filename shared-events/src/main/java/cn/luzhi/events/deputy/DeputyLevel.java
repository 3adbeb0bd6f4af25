package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Labelled;

/** The congress a deputy was elected to (五级代表). */
public enum DeputyLevel implements Labelled {
    NATIONAL("全国人大代表"),
    PROVINCIAL("省人大代表"),
    MUNICIPAL("市人大代表"),
    COUNTY("县（区）人大代表"),
    TOWNSHIP("乡镇人大代表");

    private final String label;

    DeputyLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
