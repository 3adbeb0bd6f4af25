package cn.luzhi.events.unit;

import cn.luzhi.events.common.Labelled;

/** Whether cases can be assigned to a unit; a deactivated one can be reactivated, and until then takes no change. */
public enum HandlingUnitStatus implements Labelled {
    ACTIVE("启用"),
    INACTIVE("已停用");

    private final String label;

    HandlingUnitStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
