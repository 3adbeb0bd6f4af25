package cn.luzhi.query.cockpit;

import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.query.activity.PointsProperties;
import cn.luzhi.query.cockpit.CockpitQueries.BallotCounts;
import cn.luzhi.query.cockpit.CockpitQueries.DayCount;
import cn.luzhi.query.cockpit.CockpitQueries.DeputyActs;
import cn.luzhi.query.cockpit.CockpitQueries.FollowUpCounts;
import cn.luzhi.query.cockpit.CockpitQueries.FromProcuratorateCounts;
import cn.luzhi.query.cockpit.CockpitQueries.MediationCounts;
import cn.luzhi.query.cockpit.CockpitQueries.OverdueRow;
import cn.luzhi.query.cockpit.CockpitQueries.PetitionCounts;
import cn.luzhi.query.cockpit.CockpitQueries.ProjectCounts;
import cn.luzhi.query.cockpit.CockpitQueries.Scope;
import cn.luzhi.query.cockpit.CockpitQueries.SourceCounts;
import cn.luzhi.query.cockpit.CockpitQueries.StationActs;
import cn.luzhi.query.cockpit.CockpitQueries.SuggestionCounts;
import cn.luzhi.query.cockpit.CockpitQueries.ToProcuratorateCounts;
import cn.luzhi.query.cockpit.CockpitSummary.Activity;
import cn.luzhi.query.cockpit.CockpitSummary.Ballots;
import cn.luzhi.query.cockpit.CockpitSummary.DeputyPoints;
import cn.luzhi.query.cockpit.CockpitSummary.DutyActivities;
import cn.luzhi.query.cockpit.CockpitSummary.FromProcuratorate;
import cn.luzhi.query.cockpit.CockpitSummary.KindActivities;
import cn.luzhi.query.cockpit.CockpitSummary.Mediation;
import cn.luzhi.query.cockpit.CockpitSummary.OverdueCase;
import cn.luzhi.query.cockpit.CockpitSummary.Petitions;
import cn.luzhi.query.cockpit.CockpitSummary.RegionFigures;
import cn.luzhi.query.cockpit.CockpitSummary.SourceFigures;
import cn.luzhi.query.cockpit.CockpitSummary.StationActivity;
import cn.luzhi.query.cockpit.CockpitSummary.SuggestionFollowUps;
import cn.luzhi.query.cockpit.CockpitSummary.Suggestions;
import cn.luzhi.query.cockpit.CockpitSummary.ToProcuratorate;
import cn.luzhi.query.cockpit.CockpitSummary.TrendPoint;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import cn.luzhi.query.reference.RegionRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Builds the cockpit summary of a region and a period. */
@Component
public class Cockpit {

    private final CockpitQueries queries;
    private final ReferenceData referenceData;
    private final CockpitProperties properties;
    private final PointsProperties points;
    private final Clock cockpitClock;

    Cockpit(CockpitQueries queries, ReferenceData referenceData, CockpitProperties properties,
            PointsProperties points, Clock cockpitClock) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.properties = properties;
        this.points = points;
        this.cockpitClock = cockpitClock;
    }

    /**
     * The summary of {@code regionId} (default: the top region) over {@code kind} of period. Every count is read
     * from one snapshot of the database, so the figures agree with each other and with {@code asOfGlobalIndex}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CockpitSummary summary(String regionId, CockpitPeriod.Kind kind, Integer year) {
        return summary(regionId, kind, year, cockpitClock);
    }

    /**
     * The summary as {@link #summary(String, CockpitPeriod.Kind, Integer)} computes it, with "today" taken from
     * {@code clock}: time travel runs it over read models replayed up to a past moment, with the clock set to
     * that moment, so that the past is computed by the same formulas as the present.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CockpitSummary summary(String regionId, CockpitPeriod.Kind kind, Integer year, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        CockpitPeriod period = CockpitPeriod.of(kind, year, today);
        Optional<RegionRow> region = regionId == null
                ? referenceData.topRegion()
                : Optional.of(referenceData.region(regionId).orElseThrow(() -> new NotFound("行政区划", regionId)));
        String scopeId = region.map(RegionRow::regionId).orElse(null);
        Scope scope = new Scope(scopeId, period.from(), period.to());

        List<DeputyPoints> deputies = deputyPoints(queries.deputyActs(scope));
        List<StationActs> stations = queries.stationActs(scope);
        return new CockpitSummary(scopeId, region.map(RegionRow::name).orElse(null),
                new CockpitSummary.Period(period.kind(), period.from(), period.to()), queries.asOfGlobalIndex(),
                petitions(queries.petitions(scope), queries.petitionsBySource(scope)), suggestions(queries.suggestions(scope)),
                mediation(queries.mediation(scope)), ballots(queries.ballots(scope), queries.projects(scope)),
                new Activity(deputies.size(), stations.size()),
                trend(scopeId, period.trend(today, properties.todayTrendDays())), regions(scopeId, scope),
                deputies.stream().limit(properties.topDeputies()).toList(),
                stations.stream().limit(properties.topStations())
                        .map(station -> new StationActivity(station.stationId(), station.name(), station.acts()))
                        .toList(),
                overdue(scopeId), queries.receptions(scope, properties.topStations()), queries.legislation(scope),
                followUps(scopeId, period.to().getYear()), dutyActivities(queries.dutyActivities(scope)));
    }

    /** The period's activities: the totals of the kinds, and the attendance rate over all of them. */
    private static DutyActivities dutyActivities(List<KindActivities> byKind) {
        long held = byKind.stream().mapToLong(KindActivities::held).sum();
        long expected = byKind.stream().mapToLong(KindActivities::expected).sum();
        long present = byKind.stream().mapToLong(KindActivities::present).sum();
        return new DutyActivities(held, expected, present, CockpitFormulas.attendanceRate(present, expected), byKind);
    }

    /** The year's follow-ups and conversions: annual figures, whatever the period (reports publish them by year). */
    private SuggestionFollowUps followUps(String scopeId, int year) {
        Scope scope = new Scope(scopeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        FollowUpCounts followUps = queries.followUps(scope, year);
        ToProcuratorateCounts to = queries.toProcuratorate(scope);
        FromProcuratorateCounts from = queries.fromProcuratorate(scope);
        return new SuggestionFollowUps(year, followUps.followedUp(), followUps.solvedFromEarlierYears(),
                followUps.stillInProgress(), followUps.notYetPossible(),
                new ToProcuratorate(to.converted(), to.suggestionIssued(), to.lawsuitFiled(), to.declined(),
                        to.pending()),
                new FromProcuratorate(from.converted(), from.classA(), from.classB(), from.classC(), from.pending()));
    }

    /** Every deputy active in the scope with the points earned there, most points first. */
    private List<DeputyPoints> deputyPoints(List<DeputyActs> acts) {
        Map<String, DeputyPoints> byDeputy = new LinkedHashMap<>();
        for (DeputyActs act : acts) {
            long earned = act.acts() * points.pointsFor(act.kind());
            byDeputy.merge(act.deputyId(), new DeputyPoints(act.deputyId(), act.name(), earned),
                    (sum, more) -> new DeputyPoints(sum.deputyId(), sum.name(), sum.points() + more.points()));
        }
        List<DeputyPoints> ranked = new ArrayList<>(byDeputy.values());
        ranked.sort(Comparator.comparingLong(DeputyPoints::points).reversed()
                .thenComparing(DeputyPoints::deputyId));
        return ranked;
    }

    private static Petitions petitions(PetitionCounts counts, List<SourceCounts> sources) {
        return new Petitions(counts.received(), counts.closed(), counts.open(), counts.overdue(), counts.rated(),
                CockpitFormulas.closureRate(counts.closed(), counts.received()),
                CockpitFormulas.satisfactionRate(counts.satisfied(), counts.rated()), bySource(sources));
    }

    /** Every source, those without petitions too, so the panel always shows the same rows. */
    private static List<SourceFigures> bySource(List<SourceCounts> counted) {
        Map<PetitionSource, SourceCounts> bySource = new EnumMap<>(PetitionSource.class);
        counted.forEach(counts -> bySource.put(counts.source(), counts));
        PetitionSource[] sources = PetitionSource.values();
        long[] received = new long[sources.length];
        for (int i = 0; i < sources.length; i++) {
            SourceCounts counts = bySource.get(sources[i]);
            received[i] = counts == null ? 0 : counts.received();
        }
        List<BigDecimal> shares = CockpitFormulas.shares(LongStream.of(received).sum(), received);
        List<SourceFigures> figures = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            SourceCounts counts = bySource.getOrDefault(sources[i], new SourceCounts(sources[i], 0, 0, 0, 0));
            figures.add(new SourceFigures(sources[i], sources[i].label(), counts.received(), counts.closed(),
                    counts.rated(), CockpitFormulas.closureRate(counts.closed(), counts.received()),
                    CockpitFormulas.satisfactionRate(counts.satisfied(), counts.rated()), shares.get(i)));
        }
        return figures;
    }

    private static Suggestions suggestions(SuggestionCounts counts) {
        List<BigDecimal> classShares = CockpitFormulas.classShares(counts.classA(), counts.classB(), counts.classC(),
                counts.replied());
        return new Suggestions(counts.received(), counts.replied(), counts.classA(), counts.classB(),
                counts.classC(), classShares.get(0), classShares.get(1), classShares.get(2),
                CockpitFormulas.onTimeReplyRate(counts.onTime(), counts.replied()), counts.keySupervision());
    }

    private static Mediation mediation(MediationCounts counts) {
        return new Mediation(counts.referred(), counts.settled(), counts.failed(),
                CockpitFormulas.successRate(counts.settled(), counts.failed()));
    }

    private static Ballots ballots(BallotCounts ballots, ProjectCounts projects) {
        return new Ballots(ballots.held(), ballots.entitled(), ballots.voted(),
                CockpitFormulas.turnout(ballots.voted(), ballots.entitled()), projects.approved(),
                projects.budget().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    private List<TrendPoint> trend(String scopeId, CockpitPeriod days) {
        if (days.from().isAfter(days.to())) {
            return List.of();
        }
        Scope scope = new Scope(scopeId, days.from(), days.to());
        Map<LocalDate, Long> received = byDay(queries.petitionsReceivedPerDay(scope));
        Map<LocalDate, Long> closed = byDay(queries.petitionsClosedPerDay(scope));
        Map<LocalDate, Long> replied = byDay(queries.suggestionsRepliedPerDay(scope));
        Map<LocalDate, Long> settled = byDay(queries.mediationSettledPerDay(scope));
        return days.from().datesUntil(days.to().plusDays(1))
                .map(day -> new TrendPoint(day, received.getOrDefault(day, 0L), closed.getOrDefault(day, 0L),
                        replied.getOrDefault(day, 0L), settled.getOrDefault(day, 0L)))
                .toList();
    }

    private List<RegionFigures> regions(String scopeId, Scope scope) {
        if (scopeId == null) {
            return List.of();
        }
        return queries.regionsBelow(scopeId, scope).stream()
                .map(counts -> new RegionFigures(counts.regionId(), counts.name(), counts.received(),
                        counts.closed(), CockpitFormulas.closureRate(counts.closed(), counts.received()),
                        counts.overdue()))
                .toList();
    }

    private List<OverdueCase> overdue(String scopeId) {
        List<OverdueRow> rows = queries.overdueCases(scopeId, properties.overdueListSize());
        Names names = referenceData.names(rows.stream().map(OverdueRow::regionId).toList(), List.of(), List.of(),
                List.of());
        return rows.stream()
                .map(row -> new OverdueCase(row.caseId(), row.caseType(), row.title(), row.dueAt(),
                        names.region(row.regionId())))
                .toList();
    }

    private static Map<LocalDate, Long> byDay(List<DayCount> counts) {
        return counts.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
    }
}
