package cn.luzhi.query.ballot;

import cn.luzhi.query.ballot.LivelihoodProjectViews.LivelihoodProjectDetailView;
import cn.luzhi.query.ballot.LivelihoodProjectViews.LivelihoodProjectView;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds livelihood projects for the list and the detail page. */
@Component
@Transactional(readOnly = true)
public class LivelihoodProjectQueries {

    /** The columns a list may be sorted by: those the list page shows; newest approval first by default. */
    static final ListOrder ORDER = ListOrder.of("projectId", Sort.Order.desc("approvedAt"),
            "title", "status", "ballotId", "regionId", "year", "budget", "percent", "inspections", "approvedAt",
            "completedAt");

    private final LivelihoodProjectRows rows;
    private final BallotRows ballots;
    private final ReferenceData referenceData;
    private final CaseList<LivelihoodProjectRow, LivelihoodProjectView> list;

    LivelihoodProjectQueries(LivelihoodProjectRows rows, BallotRows ballots, ReferenceData referenceData) {
        this.rows = rows;
        this.ballots = ballots;
        this.referenceData = referenceData;
        this.list = new CaseList<>(rows, ORDER, found -> {
            Names names = names(found);
            Map<String, String> ballotTitles = ballotTitles(found);
            return found.stream()
                    .map(row -> LivelihoodProjectView.of(row, names, ballotTitles.get(row.ballotId)))
                    .toList();
        });
    }

    /** The projects the filter selects, newest first. */
    public ResultPage<LivelihoodProjectView> findProjects(LivelihoodProjectFilter filter, int page, int size) {
        return findProjects(filter, page, size, null);
    }

    /** The projects the filter selects in the order of a list's {@code sort} parameter ({@link ListOrder}). */
    public ResultPage<LivelihoodProjectView> findProjects(LivelihoodProjectFilter filter, int page, int size,
                                                          String sort) {
        return list.page(where(filter), page, size, sort);
    }

    /** The list as a whole, for its export. */
    CaseList<LivelihoodProjectRow, LivelihoodProjectView> list() {
        return list;
    }

    /**
     * The rows of the list; projects are public acts of the congress, so every member of staff sees them all. A
     * project's words are its title and its latest progress note.
     */
    static Specification<LivelihoodProjectRow> where(LivelihoodProjectFilter filter) {
        return matching(filter).and(TextSearch.matching(filter.q(), "title", "progressNote"));
    }

    public LivelihoodProjectDetailView findProject(String projectId) {
        LivelihoodProjectRow row = rows.findById(projectId).orElseThrow(() -> new NotFound("民生实事项目", projectId));
        return LivelihoodProjectDetailView.of(row, names(List.of(row)), ballotTitles(List.of(row)).get(row.ballotId));
    }

    private Names names(Collection<LivelihoodProjectRow> found) {
        return referenceData.names(found.stream().map(row -> row.regionId).toList(), List.of(), List.of(),
                List.of());
    }

    /** The titles of the ballots that approved the projects; a ballot not projected yet has none. */
    private Map<String, String> ballotTitles(Collection<LivelihoodProjectRow> found) {
        Map<String, String> titles = new HashMap<>();
        ballots.findAllById(found.stream().map(row -> row.ballotId).distinct().toList())
                .forEach(ballot -> titles.put(ballot.ballotId, ballot.title));
        return titles;
    }

    static Specification<LivelihoodProjectRow> matching(LivelihoodProjectFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.ballotId() != null) {
                where.add(cb.equal(root.get("ballotId"), filter.ballotId()));
            }
            if (filter.regionId() != null) {
                where.add(cb.like(root.get("regionId"), RegionScope.likePattern(filter.regionId()), '\\'));
            }
            if (filter.year() != null) {
                where.add(cb.equal(root.get("year"), filter.year()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
