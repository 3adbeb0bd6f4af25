package cn.luzhi.query.activity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Performance points (履职积分) per act ({@code luzhi.points.*}). Applied when points are read, so a changed
 * rule rates past acts too.
 *
 * @param petitionTakenUp      for taking up a citizen's petition
 * @param petitionClosed       for a petition the deputy took up being closed
 * @param suggestionFiled      for leading a suggestion or bill that was submitted
 * @param suggestionCoSigned   for co-signing one
 * @param mediationSessionHeld for holding a mediation session
 * @param mediationSettled     for each mediator of a dispute settled by agreement
 * @param ballotAttended       for checking in at a livelihood-project ballot (never for the choice)
 * @param projectInspected     for inspecting a livelihood project
 * @param activitySitting      for attending a sitting as a guest (列席会议)
 * @param activityInspection   for taking part in an inspection (视察)
 * @param activityLawCheck     for taking part in a law-enforcement check (执法检查)
 * @param activitySurvey       for taking part in a survey (调研)
 * @param activityTraining     for attending study or training (学习培训)
 * @param legislativeOpinion   for an opinion on a draft regulation collected at a legislative liaison point
 * @param receptionHeld        for each deputy who received citizens at a station (进家接待)
 */
@ConfigurationProperties("luzhi.points")
public record PointsProperties(Integer petitionTakenUp, Integer petitionClosed, Integer suggestionFiled,
                               Integer suggestionCoSigned, Integer mediationSessionHeld, Integer mediationSettled,
                               Integer ballotAttended, Integer projectInspected, Integer activitySitting,
                               Integer activityInspection, Integer activityLawCheck, Integer activitySurvey,
                               Integer activityTraining, Integer legislativeOpinion,
                               Integer receptionHeld) {

    public PointsProperties {
        petitionTakenUp = petitionTakenUp != null ? petitionTakenUp : 5;
        petitionClosed = petitionClosed != null ? petitionClosed : 3;
        suggestionFiled = suggestionFiled != null ? suggestionFiled : 10;
        suggestionCoSigned = suggestionCoSigned != null ? suggestionCoSigned : 3;
        mediationSessionHeld = mediationSessionHeld != null ? mediationSessionHeld : 5;
        legislativeOpinion = legislativeOpinion != null ? legislativeOpinion : 2;
        receptionHeld = receptionHeld != null ? receptionHeld : 4;
        mediationSettled = mediationSettled != null ? mediationSettled : 5;
        ballotAttended = ballotAttended != null ? ballotAttended : 2;
        projectInspected = projectInspected != null ? projectInspected : 4;
        activitySitting = activitySitting != null ? activitySitting : 3;
        activityInspection = activityInspection != null ? activityInspection : 4;
        activityLawCheck = activityLawCheck != null ? activityLawCheck : 4;
        activitySurvey = activitySurvey != null ? activitySurvey : 4;
        activityTraining = activityTraining != null ? activityTraining : 2;
    }

    /** Points for one act of {@code kind}; acts of a station alone earn no deputy any points. */
    public int pointsFor(ActivityKind kind) {
        return switch (kind) {
            case PETITION_RECEIVED_AT_STATION -> 0;
            case PETITION_TAKEN_UP -> petitionTakenUp;
            case PETITION_CLOSED -> petitionClosed;
            case SUGGESTION_FILED -> suggestionFiled;
            case SUGGESTION_CO_SIGNED -> suggestionCoSigned;
            case MEDIATION_SESSION_HELD -> mediationSessionHeld;
            case LEGISLATIVE_OPINION -> legislativeOpinion;
            case RECEPTION_HELD -> receptionHeld;
            case MEDIATION_SETTLED -> mediationSettled;
            case BALLOT_ATTENDED -> ballotAttended;
            case PROJECT_INSPECTED -> projectInspected;
            case ACTIVITY_SITTING -> activitySitting;
            case ACTIVITY_INSPECTION -> activityInspection;
            case ACTIVITY_LAW_CHECK -> activityLawCheck;
            case ACTIVITY_SURVEY -> activitySurvey;
            case ACTIVITY_TRAINING -> activityTraining;
        };
    }
}
