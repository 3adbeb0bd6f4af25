package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Labelled;

/** The professional group (专业代表小组) a deputy works in between sessions. */
public enum ProfessionalGroup implements Labelled {
    FINANCE_AND_ECONOMY("财政经济"),
    LAW_SUPERVISION_AND_JUSTICE("法制和监察司法"),
    SOCIAL_AFFAIRS("社会建设"),
    AGRICULTURE_AND_ECOLOGY("农业农村与生态"),
    URBAN_CONSTRUCTION_AND_ENVIRONMENT("城建环保"),
    SCIENCE_EDUCATION_CULTURE_AND_HEALTH("科教文卫");

    private final String label;

    ProfessionalGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
