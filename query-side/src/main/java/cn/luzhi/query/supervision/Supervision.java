package cn.luzhi.query.supervision;

import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import cn.luzhi.query.supervision.SupervisionQueries.ListFilter;
import cn.luzhi.query.supervision.SupervisionQueries.OpenDeadline;
import cn.luzhi.query.supervision.SupervisionQueries.OverdueCount;
import cn.luzhi.query.supervision.SupervisionQueries.ReplyTime;
import cn.luzhi.query.supervision.SupervisionViews.CaseSupervision;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineList;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineRow;
import cn.luzhi.query.supervision.SupervisionViews.GroupCount;
import cn.luzhi.query.supervision.SupervisionViews.Ranking;
import cn.luzhi.query.supervision.SupervisionViews.UnitFigure;
import cn.luzhi.query.supervision.SupervisionViews.UnitRankings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What supervisors (督办) see: the trail of one case read from its events, the open deadlines overdue or due soon,
 * and the units ranked by how fast and how punctually they reply. "Now" is the query side's clock.
 */
@Component
public class Supervision {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EventStore eventStore;
    private final SupervisionQueries queries;
    private final ReferenceData referenceData;
    private final SupervisionProperties properties;
    private final Clock clock;

    Supervision(EventStore eventStore, SupervisionQueries queries, ReferenceData referenceData,
                SupervisionProperties properties, Clock cockpitClock) {
        this.eventStore = eventStore;
        this.queries = queries;
        this.referenceData = referenceData;
        this.properties = properties;
        this.clock = cockpitClock;
    }

    /** Read from the event store from the first event on: a snapshot would hide the steps before it. */
    CaseSupervision caseTrail(String caseId, Viewer viewer) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(caseId, 0L).asStream().toList();
        CaseTrail trail = events.isEmpty() ? null : CaseTrail.of(events);
        if (trail == null) {
            throw new NotFound("案件", caseId);
        }
        viewer.requireCovers("案件", caseId, trail.regionId());
        Names names = referenceData.names(List.of(trail.regionId()), List.of(), List.of(), trail.unitIds());
        return trail.view(names, clock.instant());
    }

    /** The open deadlines of {@code regionId}'s subtree (null: the district) that are overdue now, oldest first. */
    public DeadlineList overdueIn(String regionId) {
        return overdue(new ListFilter(regionId, null, null, null));
    }

    /** The open deadlines of {@code regionId}'s subtree (null: the district) due within the default days ahead. */
    public DeadlineList dueSoonIn(String regionId) {
        return dueSoon(new ListFilter(regionId, null, null, null), null);
    }

    DeadlineList overdue(ListFilter filter) {
        Instant now = clock.instant();
        return list(queries.overdue(filter, now), now, null);
    }

    DeadlineList dueSoon(ListFilter filter, Integer days) {
        int ahead = days != null ? days : properties.dueSoonDays();
        if (ahead < 1 || ahead > properties.maxDueSoonDays()) {
            throw new InvalidQuery("days", "天数须在1到" + properties.maxDueSoonDays() + "之间");
        }
        Instant now = clock.instant();
        return list(queries.dueSoon(filter, now, now.plus(ahead, ChronoUnit.DAYS)), now, ahead);
    }

    UnitRankings unitRankings(String regionId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate first = from != null ? from : today.withDayOfYear(1);
        LocalDate last = to != null ? to : today;
        if (first.isAfter(last)) {
            throw new InvalidQuery("from", "起始日期不能晚于截止日期");
        }
        List<ReplyTime> replyTimes = queries.replyTimes(regionId, first, last);
        List<OverdueCount> overdueCounts = queries.overdueCounts(regionId, first, last, clock.instant());
        Set<String> unitIds = replyTimes.stream().map(ReplyTime::unitId).collect(Collectors.toSet());
        overdueCounts.forEach(count -> unitIds.add(count.unitId()));
        Names names = referenceData.names(List.of(), List.of(), List.of(), unitIds);

        List<UnitFigure> medians = replyTimes.stream().map(time -> new UnitFigure(null, time.unitId(),
                names.unit(time.unitId()), time.replies(), days(time.medianSeconds()), null, null)).toList();
        List<UnitFigure> shares = overdueCounts.stream().map(count -> new UnitFigure(null, count.unitId(),
                names.unit(count.unitId()), count.cases(), null, count.overdueCases(),
                share(count.overdueCases(), count.cases()))).toList();
        int minCases = properties.minCases();
        return new UnitRankings(first, last, regionId, minCases, rank(medians, UnitFigure::medianReplyDays, minCases),
                rank(shares, UnitFigure::overdueShare, minCases));
    }

    /** Median days with one decimal, half up. */
    static BigDecimal days(double seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }

    /** A percentage with one decimal, half up, as the cockpit's rates. */
    static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * Units with at least {@code minCases} in their sample, lowest figure first; equal figures share a rank
     * (1, 1, 3). The others are listed apart, by name, unranked.
     */
    static Ranking rank(List<UnitFigure> figures, Function<UnitFigure, BigDecimal> figure, int minCases) {
        Comparator<UnitFigure> byName = Comparator.comparing(UnitFigure::unitName,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(UnitFigure::unitId);
        List<UnitFigure> eligible = figures.stream().filter(unit -> unit.sample() >= minCases)
                .sorted(Comparator.comparing(figure).thenComparing(byName)).toList();
        List<UnitFigure> ranked = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            UnitFigure unit = eligible.get(i);
            int rank = i > 0 && figure.apply(unit).compareTo(figure.apply(eligible.get(i - 1))) == 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitFigure(rank, unit.unitId(), unit.unitName(), unit.sample(), unit.medianReplyDays(),
                    unit.overdueCases(), unit.overdueShare()));
        }
        List<UnitFigure> insufficient = figures.stream().filter(unit -> unit.sample() < minCases).sorted(byName)
                .toList();
        return new Ranking(ranked, insufficient);
    }

    private DeadlineList list(List<OpenDeadline> deadlines, Instant now, Integer days) {
        Names names = referenceData.names(deadlines.stream().map(OpenDeadline::regionId).toList(), List.of(),
                deadlines.stream().map(OpenDeadline::deputyId).toList(),
                deadlines.stream().map(OpenDeadline::unitId).toList());
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        boolean overdueList = days == null;
        List<DeadlineRow> rows = deadlines.stream().map(deadline -> {
            long daysApart = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(deadline.dueAt(), ChinaTime.ZONE));
            return new DeadlineRow(deadline.caseId(), deadline.caseType(), deadline.caseType().label(),
                    deadline.title(), deadline.round(), deadline.unitId(), names.unit(deadline.unitId()),
                    deadline.deputyId(), names.deputy(deadline.deputyId()), deadline.regionId(),
                    names.region(deadline.regionId()), deadline.assignedAt(), deadline.dueAt(),
                    overdueList ? Math.max(0, -daysApart) : null, overdueList ? null : Math.max(0, daysApart),
                    deadline.urgeCount());
        }).toList();
        return new DeadlineList(now, days, rows, counts(rows, DeadlineRow::unitId, DeadlineRow::unitName),
                counts(rows, DeadlineRow::deputyId, DeadlineRow::deputyName));
    }

    /** Rows per unit or deputy, most first, then by name; rows without a deputy count under id null. */
    private static List<GroupCount> counts(List<DeadlineRow> rows, Function<DeadlineRow, String> id,
                                           Function<DeadlineRow, String> name) {
        Map<String, GroupCount> counts = new LinkedHashMap<>();
        for (DeadlineRow row : rows) {
            counts.merge(String.valueOf(id.apply(row)), new GroupCount(id.apply(row), name.apply(row), 1),
                    (a, b) -> new GroupCount(a.id(), a.name(), a.count() + 1));
        }
        return counts.values().stream().sorted(Comparator.comparingLong(GroupCount::count).reversed()
                .thenComparing(GroupCount::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
