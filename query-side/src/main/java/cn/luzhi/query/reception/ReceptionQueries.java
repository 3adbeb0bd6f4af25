package cn.luzhi.query.reception;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.reception.ReceptionViews.ReceptionDetailView;
import cn.luzhi.query.reception.ReceptionViews.ReceptionFigures;
import cn.luzhi.query.reception.ReceptionViews.ReceptionFiguresView;
import cn.luzhi.query.reception.ReceptionViews.ReceptionView;
import cn.luzhi.query.reception.ReceptionViews.Ref;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import cn.luzhi.query.reference.StationRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds receptions for the list, the reception's page and the figures per station and deputy. */
@Component
@Transactional(readOnly = true)
public class ReceptionQueries {

    static final ListOrder ORDER = ListOrder.of("receptionId", Sort.Order.desc("receivedAt"), "receptionId",
            "status", "stationId", "receivedAt", "citizensReceived");

    private final ReceptionRows rows;
    private final ReferenceData referenceData;
    private final EntityManager entityManager;
    private final CaseList<ReceptionRow, ReceptionView> list;

    ReceptionQueries(ReceptionRows rows, ReferenceData referenceData, EntityManager entityManager) {
        this.rows = rows;
        this.referenceData = referenceData;
        this.entityManager = entityManager;
        this.list = new CaseList<>(rows, ORDER, found -> {
            Names names = names(found);
            return found.stream().map(row -> ReceptionView.of(row, names)).toList();
        });
    }

    /** The receptions the filter selects within the viewer's scope, newest first unless sorted otherwise. */
    public ResultPage<ReceptionView> findReceptions(ReceptionFilter filter, Viewer viewer, int page, int size,
                                                    String sort) {
        return list.page(where(filter, viewer), page, size, sort);
    }

    /** The rows of the list: the filter's within the viewer's scope. */
    Specification<ReceptionRow> where(ReceptionFilter filter, Viewer viewer) {
        return matching(filter).and(visibleTo(viewer));
    }

    /** The list as a whole, for its export. */
    CaseList<ReceptionRow, ReceptionView> list() {
        return list;
    }

    public ReceptionDetailView findReception(String receptionId, Viewer viewer) {
        ReceptionRow row = rows.findOne(withId(receptionId).and(visibleTo(viewer)))
                .orElseThrow(() -> new NotFound("接待记录", receptionId));
        return ReceptionDetailView.of(row, names(List.of(row)));
    }

    /**
     * The year's figures (China time) over the receptions the viewer may see: a reception counts once for its
     * station and once for each deputy who received, so the deputies' figures add up to more than the total.
     */
    public ReceptionFiguresView figures(int year, Viewer viewer) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", ChinaTime.startOf(LocalDate.of(year, 1, 1)));
        parameters.put("to", ChinaTime.endOf(LocalDate.of(year, 12, 31)));
        String scope = scope(viewer, parameters);
        String perReception = "SELECT r.reception_id, r.station_id, r.citizens_received,"
                + " (SELECT count(*) FROM read.reception_issue i WHERE i.reception_id = r.reception_id) AS issues,"
                + " (SELECT count(*) FROM read.reception_issue i WHERE i.reception_id = r.reception_id"
                + " AND i.petition_id IS NOT NULL) AS petitions"
                + " FROM read.reception r WHERE r.received_at >= :from AND r.received_at < :to" + scope;
        String sums = "count(*), coalesce(sum(f.citizens_received), 0), coalesce(sum(f.issues), 0),"
                + " coalesce(sum(f.petitions), 0)";
        List<Object[]> total = run("SELECT '' AS id, " + sums + " FROM (" + perReception + ") f", parameters);
        List<Object[]> stations = run("SELECT f.station_id, " + sums + " FROM (" + perReception + ") f"
                + " GROUP BY f.station_id ORDER BY count(*) DESC, f.station_id", parameters);
        List<Object[]> deputies = run("SELECT d.deputy_id, " + sums + " FROM (" + perReception + ") f"
                + " JOIN read.reception_deputy d ON d.reception_id = f.reception_id"
                + " GROUP BY d.deputy_id ORDER BY count(*) DESC, d.deputy_id", parameters);
        Names names = referenceData.names(List.of(), stations.stream().map(row -> (String) row[0]).toList(),
                deputies.stream().map(row -> (String) row[0]).toList(), List.of());
        return new ReceptionFiguresView(year, figures(total.get(0), null),
                stations.stream().map(row -> figures(row, new Ref((String) row[0], names.station((String) row[0]))))
                        .toList(),
                deputies.stream().map(row -> figures(row, new Ref((String) row[0], names.deputy((String) row[0]))))
                        .toList());
    }

    private static ReceptionFigures figures(Object[] row, Ref of) {
        return new ReceptionFigures(of, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The viewer's scope as SQL over {@code r}, the same as {@link #visibleTo} for the list. */
    private static String scope(Viewer viewer, Map<String, Object> parameters) {
        if (viewer.districtWide()) {
            return "";
        }
        if (viewer.regional()) {
            parameters.put("region", RegionScope.likePattern(viewer.regionId()));
            return " AND r.station_id IN (SELECT s.station_id FROM read.station s WHERE s.region_id LIKE :region"
                    + " ESCAPE '\\')";
        }
        if (viewer.role() == ActorRole.DEPUTY && viewer.deputyId() != null) {
            parameters.put("deputy", viewer.deputyId());
            return " AND EXISTS (SELECT 1 FROM read.reception_deputy own WHERE own.reception_id = r.reception_id"
                    + " AND own.deputy_id = :deputy)";
        }
        return " AND false";
    }

    private Names names(Collection<ReceptionRow> found) {
        return referenceData.names(List.of(), found.stream().map(row -> row.stationId).toList(),
                found.stream().flatMap(row -> row.deputyIds.stream()).toList(), List.of());
    }

    /**
     * Only the receptions the viewer may see (docs/roles.md): district-wide roles all, a supervisor or leader
     * those at stations in their region, a deputy those they received at; another is answered 404 like a missing one.
     */
    static Specification<ReceptionRow> visibleTo(Viewer viewer) {
        return (root, query, cb) -> {
            if (viewer.regional()) {
                Subquery<String> stations = query.subquery(String.class);
                Root<StationRow> station = stations.from(StationRow.class);
                stations.select(station.get("stationId")).where(cb.like(station.get("regionId"),
                        RegionScope.likePattern(viewer.regionId()), '\\'));
                return root.get("stationId").in(stations);
            }
            return viewer.visible(root, cb, "stationId",
                    () -> cb.isMember(viewer.deputyId(), root.<Collection<String>>get("deputyIds")), cb::disjunction);
        };
    }

    /** An issue of the reception holds {@code word} (a literal text: {@code %} and {@code _} match themselves). */
    private static Predicate issueMentions(Root<ReceptionRow> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                           String word) {
        Subquery<Integer> issues = query.subquery(Integer.class);
        Root<ReceptionRow> same = issues.correlate(root);
        Join<ReceptionRow, ReceptionRow.Issue> issue = same.join("issues");
        String literal = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        issues.select(cb.literal(1)).where(cb.like(cb.lower(issue.get("text")), "%" + literal + "%", '\\'));
        return cb.exists(issues);
    }

    private static Specification<ReceptionRow> withId(String id) {
        return (root, query, cb) -> cb.equal(root.get("receptionId"), id);
    }

    static Specification<ReceptionRow> matching(ReceptionFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            for (String word : TextSearch.words(filter.q())) {
                where.add(cb.or(cb.equal(root.get("receptionId"), word), issueMentions(root, query, cb, word)));
            }
            if (filter.stationId() != null) {
                where.add(cb.equal(root.get("stationId"), filter.stationId()));
            }
            if (filter.deputyId() != null) {
                where.add(cb.isMember(filter.deputyId(), root.<Collection<String>>get("deputyIds")));
            }
            if (filter.year() != null) {
                int year = ChinaTime.supportedYear("year", filter.year());
                where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), ChinaTime.startOf(LocalDate.of(year, 1, 1))));
                where.add(cb.lessThan(root.get("receivedAt"), ChinaTime.endOf(LocalDate.of(year, 12, 31))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
