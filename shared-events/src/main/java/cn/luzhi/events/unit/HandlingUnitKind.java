package cn.luzhi.events.unit;

import cn.luzhi.events.common.Labelled;

/**
 * What kind of body a handling unit is, and which of the bodies the congress supervises it belongs to:
 * the government (一府), the supervisory commission (一委) or the court and procuratorate (两院).
 */
public enum HandlingUnitKind implements Labelled {
    GOVERNMENT_DEPARTMENT("政府部门", "一府"),
    SUPERVISORY_COMMISSION("监察委员会", "一委"),
    COURT("人民法院", "两院"),
    PROCURATORATE("人民检察院", "两院");

    private final String label;
    private final String branch;

    HandlingUnitKind(String label, String branch) {
        this.label = label;
        this.branch = branch;
    }

    @Override
    public String label() {
        return label;
    }

    /** The supervised body as the congress counts them (一府一委两院), for grouping units in reports. */
    public String branch() {
        return branch;
    }
}
