package cn.luzhi.query.legislation;

import cn.luzhi.query.cockpit.CockpitFormulas;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.legislation.LegislativeDraftViews.LegislativeDraftDetailView;
import cn.luzhi.query.legislation.LegislativeDraftViews.LegislativeDraftView;
import cn.luzhi.query.legislation.LegislativeDraftViews.LegislativeFigures;
import cn.luzhi.query.reference.ReferenceData;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds drafts for the list, the case page, and the figures of a year. */
@Component
@Transactional(readOnly = true)
public class LegislativeDraftQueries {

    /** The columns a list may be sorted by: those the list page shows; newest first by default. */
    static final ListOrder ORDER = ListOrder.of("draftId", Sort.Order.desc("openedAt"),
            "title", "legislature", "status", "year", "closesOn", "openedAt", "collected", "forwarded", "adopted");

    private final LegislativeDraftRows rows;
    private final ReferenceData referenceData;
    private final JdbcClient jdbc;
    private final CaseList<LegislativeDraftRow, LegislativeDraftView> list;

    LegislativeDraftQueries(LegislativeDraftRows rows, ReferenceData referenceData, JdbcClient jdbc) {
        this.rows = rows;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.list = new CaseList<>(rows, ORDER, found -> found.stream().map(LegislativeDraftView::of).toList());
    }

    /** The drafts the filter selects in the order of a list's {@code sort} parameter ({@link ListOrder}). */
    public ResultPage<LegislativeDraftView> findDrafts(LegislativeDraftFilter filter, int page, int size,
                                                       String sort) {
        return list.page(where(filter), page, size, sort);
    }

    /** The list as a whole, for its export. */
    CaseList<LegislativeDraftRow, LegislativeDraftView> list() {
        return list;
    }

    public LegislativeDraftDetailView findDraft(String draftId) {
        LegislativeDraftRow row = rows.findById(draftId).orElseThrow(() -> new NotFound("立法征求意见", draftId));
        List<String> stations = new ArrayList<>(row.liaisonPoints);
        row.opinions.values().forEach(opinion -> stations.add(opinion.stationId));
        List<String> deputies = row.opinions.values().stream().map(opinion -> opinion.deputyId)
                .filter(java.util.Objects::nonNull).toList();
        return LegislativeDraftDetailView.of(row, referenceData.names(List.of(), stations, deputies, List.of()));
    }

    /**
     * The figures of drafts opened for comment in {@code year}: the reports' 「征求意见N部…反馈建议M条」. The whole
     * district's, as drafts are: a liaison point collects for the legislature, not for a town.
     */
    public LegislativeFigures figures(int year) {
        return jdbc.sql("""
                        SELECT count(*), coalesce(sum(collected), 0), coalesce(sum(forwarded), 0),
                               coalesce(sum(adopted), 0)
                          FROM legislative_draft WHERE year = :year""")
                .param("year", year)
                .query((rs, row) -> new LegislativeFigures(year, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), CockpitFormulas.adoptionRate(rs.getLong(4), rs.getLong(3))))
                .single();
    }

    /** Drafts are acts of the legislature, public to every member of staff. */
    static Specification<LegislativeDraftRow> where(LegislativeDraftFilter filter) {
        Specification<LegislativeDraftRow> matching = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.year() != null) {
                where.add(cb.equal(root.get("year"), filter.year()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return matching.and(TextSearch.matching(filter.q(), "title", "legislature"));
    }
}
