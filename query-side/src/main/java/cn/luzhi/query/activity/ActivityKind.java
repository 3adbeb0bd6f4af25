package cn.luzhi.query.activity;

import cn.luzhi.events.common.Labelled;
import cn.luzhi.events.duty.DutyActivityKind;

/**
 * What a deputy or a station did that counts for performance points and for the most active lists. Every event
 * that records a deputy's act has its kind here ({@code DeputyActivityProjectionTest} walks them), so an act the
 * system records cannot go without points by oversight.
 */
public enum ActivityKind implements Labelled {
    /** A citizen's petition was received at the station (in person or through its QR code); no deputy acts. */
    PETITION_RECEIVED_AT_STATION("站点接收诉求"),
    PETITION_TAKEN_UP("受理诉求"),
    /** The petition the deputy took up was closed (办结), credited once per petition to the deputy who had it. */
    PETITION_CLOSED("办结诉求"),
    SUGGESTION_FILED("领衔提出建议"),
    SUGGESTION_CO_SIGNED("联名建议"),
    MEDIATION_SESSION_HELD("主持调解"),
    LEGISLATIVE_OPINION("收集立法意见"),
    /** The deputy was one of those who received citizens at a station (进家接待). */
    RECEPTION_HELD("进家接待"),
    /** A dispute was settled by agreement, credited to each of its mediators. */
    MEDIATION_SETTLED("调解成功"),
    /** The deputy checked in at a ballot; how they voted is secret and never counts. */
    BALLOT_ATTENDED("参加票决"),
    /** The deputy was one of those who inspected a livelihood project. */
    PROJECT_INSPECTED("视察民生实事"),
    /** Present at a deputies' activity when it closed, one kind per {@link DutyActivityKind}. */
    ACTIVITY_SITTING("列席会议"),
    ACTIVITY_INSPECTION("视察"),
    ACTIVITY_LAW_CHECK("执法检查"),
    ACTIVITY_SURVEY("调研"),
    ACTIVITY_TRAINING("学习培训");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    /** The act of attending an activity of {@code kind}. */
    public static ActivityKind attending(DutyActivityKind kind) {
        return switch (kind) {
            case SITTING -> ACTIVITY_SITTING;
            case INSPECTION -> ACTIVITY_INSPECTION;
            case LAW_ENFORCEMENT_CHECK -> ACTIVITY_LAW_CHECK;
            case SURVEY -> ACTIVITY_SURVEY;
            case TRAINING -> ACTIVITY_TRAINING;
        };
    }

    @Override
    public String label() {
        return label;
    }
}
