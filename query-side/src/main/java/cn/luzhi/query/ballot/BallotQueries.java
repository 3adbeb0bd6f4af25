package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.ballot.BallotViews.BallotDetailView;
import cn.luzhi.query.ballot.BallotViews.BallotView;
import cn.luzhi.query.ballot.BallotViews.RollCallView;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds ballots for the list, the detail page and the ballot desk. */
@Component
@Transactional(readOnly = true)
public class BallotQueries {

    /** The columns a list may be sorted by: those the list page shows; newest first by default. */
    static final ListOrder ORDER = ListOrder.of("ballotId", Sort.Order.desc("createdAt"),
            "title", "status", "level", "regionId", "year", "entitled", "votesCast", "createdAt", "closesAt");

    private final BallotRows rows;
    private final LivelihoodProjectRows projects;
    private final ReferenceData referenceData;
    private final CaseList<BallotRow, BallotView> list;

    BallotQueries(BallotRows rows, LivelihoodProjectRows projects, ReferenceData referenceData) {
        this.rows = rows;
        this.projects = projects;
        this.referenceData = referenceData;
        this.list = new CaseList<>(rows, ORDER, found -> {
            Names names = names(found);
            return found.stream().map(row -> BallotView.of(row, names)).toList();
        });
    }

    /** The ballots the filter selects, newest first. */
    public ResultPage<BallotView> findBallots(BallotFilter filter, int page, int size) {
        return findBallots(filter, page, size, null);
    }

    /** The ballots the filter selects in the order of a list's {@code sort} parameter ({@link ListOrder}). */
    public ResultPage<BallotView> findBallots(BallotFilter filter, int page, int size, String sort) {
        return list.page(where(filter), page, size, sort);
    }

    /** The list as a whole, for its export. */
    CaseList<BallotRow, BallotView> list() {
        return list;
    }

    /** The rows of the list; ballots are public acts of the congress, so every member of staff sees them all. */
    static Specification<BallotRow> where(BallotFilter filter) {
        return matching(filter).and(TextSearch.matching(filter.q(), "title", "shortlistReason"));
    }

    /**
     * The first {@code size} ballots in one of {@code statuses} whose roll call names {@code deputyId}, the one that
     * closes first first (a deputy's 待办: the ballots they are entitled to vote in).
     */
    public ResultPage<BallotView> findEntitled(Set<BallotStatus> statuses, String deputyId, int size) {
        Specification<BallotRow> entitled = (root, query, cb) -> cb.and(root.get("status").in(statuses),
                cb.equal(root.joinMap("rollCall").key(), deputyId));
        Sort closingFirst = Sort.by(Sort.Order.asc("closesAt"), Sort.Order.asc("ballotId"));
        return list.page(entitled, 0, size, closingFirst);
    }

    public BallotDetailView findBallot(String ballotId) {
        BallotRow row = rows.findById(ballotId).orElseThrow(() -> new NotFound("票决", ballotId));
        return BallotDetailView.of(row, names(List.of(row)),
                projects.findByBallotIdOrderByBudgetDescProjectIdAsc(ballotId));
    }

    /**
     * The roll call of a ballot: every entitled deputy for the desk's roles, only themselves for a deputy (a deputy
     * who is not entitled finds an empty list), nobody for anyone else.
     */
    public RollCallView findRollCall(String ballotId, Viewer viewer) {
        BallotRow row = rows.findById(ballotId).orElseThrow(() -> new NotFound("票决", ballotId));
        java.util.function.Predicate<String> shown = viewer.role() == ActorRole.DEPUTY
                ? deputyId -> deputyId.equals(viewer.deputyId())
                : deputyId -> viewer.role() != ActorRole.CITIZEN && viewer.role() != ActorRole.UNIT;
        List<String> deputies = row.rollCall.keySet().stream().filter(shown).toList();
        return RollCallView.of(row, referenceData.names(List.of(), List.of(), deputies, List.of()), shown);
    }

    private Names names(Collection<BallotRow> found) {
        return referenceData.names(found.stream().map(row -> row.regionId).toList(), List.of(), List.of(),
                List.of());
    }

    static Specification<BallotRow> matching(BallotFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.level() != null) {
                where.add(cb.equal(root.get("level"), filter.level()));
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
