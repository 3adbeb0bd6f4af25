package cn.luzhi.query.activity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Performance points (履职积分) per act ({@code luzhi.points.*}). Applied when points are read, so a changed
 * rule rates past acts too.
 *
 * @param petitionTakenUp      for taking up a citizen's petition
 * @param suggestionFiled      for leading a suggestion or bill that was submitted
 * @param suggestionCoSigned   for co-signing one
 * @param mediationSessionHeld for holding a mediation session
 * @param legislativeOpinion   for an opinion on a draft regulation collected at a legislative liaison point
 */
@ConfigurationProperties("luzhi.points")
public record PointsProperties(Integer petitionTakenUp, Integer suggestionFiled, Integer suggestionCoSigned,
                               Integer mediationSessionHeld, Integer legislativeOpinion) {

    public PointsProperties {
        petitionTakenUp = petitionTakenUp != null ? petitionTakenUp : 5;
        suggestionFiled = suggestionFiled != null ? suggestionFiled : 10;
        suggestionCoSigned = suggestionCoSigned != null ? suggestionCoSigned : 3;
        mediationSessionHeld = mediationSessionHeld != null ? mediationSessionHeld : 5;
        legislativeOpinion = legislativeOpinion != null ? legislativeOpinion : 2;
    }

    /** Points for one act of {@code kind}; acts of a station alone earn no deputy any points. */
    public int pointsFor(ActivityKind kind) {
        return switch (kind) {
            case PETITION_RECEIVED_AT_STATION -> 0;
            case PETITION_TAKEN_UP -> petitionTakenUp;
            case SUGGESTION_FILED -> suggestionFiled;
            case SUGGESTION_CO_SIGNED -> suggestionCoSigned;
            case MEDIATION_SESSION_HELD -> mediationSessionHeld;
            case LEGISLATIVE_OPINION -> legislativeOpinion;
        };
    }
}
