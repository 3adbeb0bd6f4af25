package cn.luzhi.query.mediation;

import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseDetailView;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseView;
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

/** Finds mediation cases for the list and the detail page. */
@Component
@Transactional(readOnly = true)
public class MediationCaseQueries {

    private static final Sort MOST_URGENT =
            Sort.by(Sort.Order.asc("mediationDueAt"), Sort.Order.asc("referredAt"), Sort.Order.asc("mediationCaseId"));

    /** The columns a list may be sorted by: those the list page shows; newest referral first by default. */
    static final ListOrder ORDER = ListOrder.of("mediationCaseId", Sort.Order.desc("referredAt"),
            "mediationCaseId", "status", "disputeType", "regionId", "courtId", "referredAt", "mediationDueAt",
            "endedAt");

    private final MediationCaseRows rows;
    private final ReferenceData referenceData;
    private final CaseList<MediationCaseRow, MediationCaseView> list;

    MediationCaseQueries(MediationCaseRows rows, ReferenceData referenceData) {
        this.rows = rows;
        this.referenceData = referenceData;
        this.list = new CaseList<>(rows, ORDER, found -> {
            Names names = names(found);
            return found.stream().map(row -> MediationCaseView.of(row, names)).toList();
        });
    }

    /** The mediation cases the filter selects, newest first. */
    public ResultPage<MediationCaseView> findMediationCases(MediationCaseFilter filter, Viewer viewer, int page, int size) {
        return findMediationCases(filter, viewer, page, size, null);
    }

    /** The mediation cases the filter selects in the order of a list's {@code sort} parameter ({@link ListOrder}). */
    public ResultPage<MediationCaseView> findMediationCases(MediationCaseFilter filter, Viewer viewer, int page,
                                                            int size, String sort) {
        return list.page(where(filter, viewer), page, size, sort);
    }

    /** The list as a whole, for its export. */
    CaseList<MediationCaseRow, MediationCaseView> list() {
        return list;
    }

    /**
     * The rows of the list: the filter's within the viewer's scope. A mediation case has no title or content (the
     * parties' statements stay in the vault): its words are its case number and the court's ruling number.
     */
    static Specification<MediationCaseRow> where(MediationCaseFilter filter, Viewer viewer) {
        return matching(filter).and(TextSearch.matching(filter.q(), "mediationCaseId", "rulingNumber"))
                .and(visibleTo(viewer));
    }

    /**
     * The first {@code size} visible mediation cases in one of {@code statuses}, the most urgent first: the earliest
     * end of the mediation period, the longest waiting first (the 待办 lists, whose statuses the lifecycle gives).
     */
    public ResultPage<MediationCaseView> findWaiting(Set<MediationCaseStatus> statuses, Viewer viewer, int size) {
        Specification<MediationCaseRow> inStatuses = (root, query, cb) -> root.get("status").in(statuses);
        return list.page(inStatuses.and(visibleTo(viewer)), 0, size, MOST_URGENT);
    }

    public MediationCaseDetailView findMediationCase(String mediationCaseId, Viewer viewer) {
        MediationCaseRow row = rows.findOne(withId(mediationCaseId).and(visibleTo(viewer)))
                .orElseThrow(() -> new NotFound("调解案件", mediationCaseId));
        return MediationCaseDetailView.of(row, names(List.of(row)));
    }

    private Names names(Collection<MediationCaseRow> found) {
        return referenceData.names(found.stream().map(row -> row.regionId).toList(), List.of(),
                found.stream().flatMap(row -> row.mediatorIds.stream()).toList(),
                found.stream().map(row -> row.courtId).toList());
    }

    /** Whether the case exists and the viewer may see it (for live-feed subscriptions). */
    public boolean isVisible(String mediationCaseId, Viewer viewer) {
        return rows.exists(withId(mediationCaseId).and(visibleTo(viewer)));
    }

    /** Only the rows the viewer may see (docs/roles.md); a case outside them is answered 404 like a missing one. */
    static Specification<MediationCaseRow> visibleTo(Viewer viewer) {
        return (root, query, cb) -> viewer.visible(root, cb, "regionId",
                () -> cb.isMember(viewer.deputyId(), root.<java.util.Collection<String>>get("mediatorIds")),
                () -> cb.equal(root.get("courtId"), viewer.unitId()));
    }

    private static Specification<MediationCaseRow> withId(String id) {
        return (root, query, cb) -> cb.equal(root.get("mediationCaseId"), id);
    }

    static Specification<MediationCaseRow> matching(MediationCaseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.disputeType() != null) {
                where.add(cb.equal(root.get("disputeType"), filter.disputeType()));
            }
            if (filter.regionId() != null) {
                where.add(cb.like(root.get("regionId"), RegionScope.likePattern(filter.regionId()), '\\'));
            }
            if (filter.unitId() != null) {
                where.add(cb.equal(root.get("courtId"), filter.unitId()));
            }
            if (filter.deputyId() != null) {
                where.add(cb.isMember(filter.deputyId(), root.get("mediatorIds")));
            }
            if (filter.overdue() != null) {
                where.add(cb.equal(root.get("overdue"), filter.overdue()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("referredAt"), ChinaTime.startOf(ChinaTime.supported("from", filter.from()))));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("referredAt"), ChinaTime.endOf(ChinaTime.supported("to", filter.to()))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
