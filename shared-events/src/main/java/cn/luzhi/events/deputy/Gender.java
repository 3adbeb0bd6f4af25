package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Labelled;

/** A deputy's gender, as published in the list of deputies. */
public enum Gender implements Labelled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
