package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules of a suggestion or bill need to know, as {@link SuggestionLifecycle#evolve} leaves it after each
 * event. The component names are also the suggestion aggregate's snapshot fields, so a snapshot written before
 * this record existed still loads (the components it lacks start empty).
 *
 * @param status                   where the suggestion stands; null before it was drafted
 * @param kind                     a suggestion or a bill; a bill handled as a suggestion becomes a suggestion
 * @param leadDeputyId             the lead deputy (领衔代表)
 * @param coSigners                the deputies who co-signed, in signing order
 * @param fromProcuratorate        it was converted from a procuratorate's public-interest suggestion
 * @param convertedToProcuratorate it was converted to a procuratorate's public-interest suggestion
 * @param leadUnitId               the lead unit (主办) it was assigned to
 * @param coUnitIds                the co-units (协办) it was assigned to
 * @param replyDueAt               the reply deadline of the current round
 * @param latestReplyDueAt         how far extensions may move the current round's deadline
 * @param round                    the handling round: 0 before it was assigned, 1 for the first handling
 * @param result                   the class of the latest reply: a follow-up that finds a B-class matter solved
 *                                 leaves it B, as the year's published shares do not change
 * @param lastRating               the lead deputy's latest rating
 * @param supervisingLeaders       the leaders who picked it for key supervision (重点督办)
 * @param overdue                  the deadline passed without the lead unit's reply, and nothing answered or moved it
 * @param urgeCount                how often a supervisor urged it
 * @param mergedInto               the suggestion it was merged into
 * @param invited                  the deputies the lead deputy invited to co-sign, in inviting order
 * @param followUpYears            the years a B-class reply was followed up for (回头看), once a year
 * @param solvedYear               the year a follow-up found the B-class matter solved, null until then
 * @param procuratorateId          the procuratorate it was passed to, null unless converted
 * @param procuratorateOutcome     what that procuratorate did with it, null until recorded
 */
public record SuggestionState(
        SuggestionStatus status,
        SuggestionKind kind,
        DeputyId leadDeputyId,
        List<DeputyId> coSigners,
        boolean fromProcuratorate,
        boolean convertedToProcuratorate,
        HandlingUnitId leadUnitId,
        List<HandlingUnitId> coUnitIds,
        Instant replyDueAt,
        Instant latestReplyDueAt,
        int round,
        HandlingResult result,
        Satisfaction lastRating,
        List<String> supervisingLeaders,
        boolean overdue,
        int urgeCount,
        SuggestionId mergedInto,
        List<DeputyId> invited,
        List<Integer> followUpYears,
        Integer solvedYear,
        HandlingUnitId procuratorateId,
        ProcuratorateOutcome procuratorateOutcome) {

    /** Before the first event. */
    public static final SuggestionState NONE = new SuggestionState(null, null, null, List.of(), false, false, null,
            List.of(), null, null, 0, null, null, List.of(), false, 0, null, List.of(), List.of(), null, null, null);

    /**
     * A state of which a reader keeps only the handling round (0 before assignment, as {@link #round} counts):
     * enough for {@link SuggestionLifecycle#evolve} to count the next round for it.
     */
    public static SuggestionState inRound(int round) {
        return new SuggestionState(null, null, null, List.of(), false, false, null, List.of(), null, null, round, null,
                null, List.of(), false, 0, null, List.of(), List.of(), null, null, null);
    }

    public SuggestionState {
        coSigners = coSigners == null ? List.of() : List.copyOf(new LinkedHashSet<>(coSigners));
        invited = invited == null ? List.of() : List.copyOf(new LinkedHashSet<>(invited));
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(coUnitIds));
        supervisingLeaders = supervisingLeaders == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(supervisingLeaders));
        followUpYears = followUpYears == null ? List.of() : List.copyOf(new LinkedHashSet<>(followUpYears));
    }

    /** Whether a follow-up (回头看) found the B-class matter solved. */
    public boolean solved() {
        return solvedYear != null;
    }

    /** The deputies the suggestion belongs to: the lead deputy and the co-signers. */
    public Set<DeputyId> deputies() {
        Set<DeputyId> deputies = new LinkedHashSet<>();
        if (leadDeputyId != null) {
            deputies.add(leadDeputyId);
        }
        deputies.addAll(coSigners);
        return deputies;
    }

    /** Whether {@code deputy} was invited to co-sign and has not yet: the invitation waits for them. */
    public boolean awaitsCoSignature(DeputyId deputy) {
        return invited.contains(deputy) && !coSigners.contains(deputy);
    }

    /** The units it was assigned to: the lead unit, then the co-units. */
    public Set<HandlingUnitId> units() {
        Set<HandlingUnitId> units = new LinkedHashSet<>();
        if (leadUnitId != null) {
            units.add(leadUnitId);
        }
        units.addAll(coUnitIds);
        return units;
    }

    /** How many deputies sign it: the lead deputy and the co-signers. */
    public int deputyCount() {
        return 1 + coSigners.size();
    }

    /** The word a sentence uses for it: 建议 or 议案. */
    public String noun() {
        return kind == null ? SuggestionKind.SUGGESTION.label() : kind.label();
    }

    public boolean exists() {
        return status != null;
    }

    /** Whether it was assigned to units, so that it has a deadline, a round and an overdue flag. */
    public boolean assigned() {
        return round > 0;
    }
}
