package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Labelled;

/** The kind of civil or commercial dispute a court refers to pre-litigation mediation. */
public enum DisputeType implements Labelled {
    NEIGHBOURS("相邻关系"),
    LABOUR("劳动争议"),
    CONTRACT("合同纠纷"),
    PROPERTY_MANAGEMENT("物业纠纷"),
    INTELLECTUAL_PROPERTY("知识产权"),
    MARRIAGE_AND_FAMILY("婚姻家庭"),
    TRAFFIC_ACCIDENT("交通事故"),
    OTHER("其他");

    private final String label;

    DisputeType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
