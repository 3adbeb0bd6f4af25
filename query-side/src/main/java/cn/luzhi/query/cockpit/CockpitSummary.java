package cn.luzhi.query.cockpit;

import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.query.common.CaseType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The cockpit summary exactly as the dashboard contract (docs/cockpit-contract.md) describes it. Rates are
 * percentages with one decimal, null when there is nothing to rate; see {@link CockpitFormulas}.
 */
public record CockpitSummary(String regionId, String regionName, Period period, long asOfGlobalIndex,
                             Petitions petitions, Suggestions suggestions, Mediation mediation, Ballots ballots,
                             Activity activity, List<TrendPoint> trend, List<RegionFigures> regions,
                             List<DeputyPoints> topDeputies, List<StationActivity> topStations,
                             List<OverdueCase> overdue, Receptions receptions, Legislation legislation,
                             SuggestionFollowUps suggestionFollowUps, DutyActivities dutyActivities) {

    public record Period(CockpitPeriod.Kind kind, LocalDate from, LocalDate to) {
    }

    public record Petitions(long received, long closed, long open, long overdue, long rated,
                            BigDecimal closureRate, BigDecimal satisfactionRate, List<SourceFigures> bySource) {
    }

    /**
     * The petitions of one source (代表码, 12345疑难工单, ...): every source is listed, in the order of
     * {@link PetitionSource}; {@code share} is its part of all received, the shares adding up to 100.0.
     */
    public record SourceFigures(PetitionSource source, String label, long received, long closed, long rated,
                                BigDecimal closureRate, BigDecimal satisfactionRate, BigDecimal share) {
    }

    public record Suggestions(long received, long replied, long classA, long classB, long classC,
                              BigDecimal classAShare, BigDecimal classBShare, BigDecimal classCShare,
                              BigDecimal onTimeReplyRate, long keySupervision) {
    }

    /**
     * The year's B-class follow-ups (回头看) and conversions with procuratorates (双向衔接转化), for the calendar year
     * of the period: {@code solvedFromEarlierYears} is 往年B类建议解决数, the B-class suggestions of earlier reply
     * years that this year's follow-ups found solved (their reply year's shares keep them as B).
     */
    public record SuggestionFollowUps(int year, long followedUp, long solvedFromEarlierYears, long stillInProgress,
                                      long notYetPossible, ToProcuratorate toProcuratorate,
                                      FromProcuratorate fromProcuratorate) {
    }

    /** Suggestions passed to a procuratorate this year, by what it did with them (pending: not yet recorded). */
    public record ToProcuratorate(long converted, long suggestionIssued, long lawsuitFiled, long declined,
                                  long pending) {
    }

    /** Suggestions filed this year from a procuratorate's suggestion, by the class replied (pending: no reply). */
    public record FromProcuratorate(long converted, long classA, long classB, long classC, long pending) {
    }

    public record Mediation(long referred, long settled, long failed, BigDecimal successRate) {
    }

    /** Ballot figures; the approved budget is a decimal string with two places, as money must not be a float. */
    public record Ballots(long held, long entitled, long voted, BigDecimal turnout, long projectsApproved,
                          String approvedBudget) {
    }

    public record Activity(long activeDeputies, long activeStations) {
    }

    public record TrendPoint(LocalDate date, long petitionsReceived, long petitionsClosed, long suggestionsReplied,
                             long mediationSettled) {
    }

    public record RegionFigures(String regionId, String regionName, long petitionsReceived, long petitionsClosed,
                                BigDecimal closureRate, long overdue) {
    }

    public record DeputyPoints(String deputyId, String name, long points) {
    }

    public record StationActivity(String stationId, String name, long activity) {
    }

    /** Receptions at the region's stations in the period (进家接待), and the stations that held most. */
    public record Receptions(long held, long citizens, long issues, long petitions,
                             List<StationReceptions> topStations) {
    }

    public record StationReceptions(String stationId, String name, long held) {
    }

    /**
     * Legislative opinion collection at the liaison points: drafts opened for comment in the period, and their
     * opinions collected, forwarded to the legislature and adopted by it; district-wide whatever the region, as
     * the drafts are the legislature's. {@code adoptionRate} = adopted / forwarded.
     */
    public record Legislation(long drafts, long opinionsCollected, long opinionsForwarded, long opinionsAdopted,
                              BigDecimal adoptionRate) {
    }

    /**
     * Deputies' activities (履职活动) of the region held in the period: those closed, so that their attendance is
     * final, that began in it. {@code expected} counts the deputies invited to or recorded at them, {@code present}
     * those present; {@code attendanceRate} = present / expected. {@code byKind} lists every kind, in the order of
     * {@link DutyActivityKind}, also those without activities.
     */
    public record DutyActivities(long held, long expected, long present, BigDecimal attendanceRate,
                                 List<KindActivities> byKind) {
    }

    public record KindActivities(DutyActivityKind kind, String label, long held, long expected, long present) {
    }

    public record OverdueCase(String caseId, CaseType caseType, String title, Instant dueAt, String regionName) {
    }
}
