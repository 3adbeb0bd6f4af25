package cn.luzhi.query.petition;

import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.petition.PetitionViews.PetitionDetailView;
import cn.luzhi.query.petition.PetitionViews.PetitionView;
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

/** Finds petitions for the list and the detail page. */
@Component
@Transactional(readOnly = true)
public class PetitionQueries {

    /** PostgreSQL sorts missing deadlines last in ascending order. */
    private static final Sort MOST_URGENT = Sort.by(Sort.Order.asc("replyDueAt"), Sort.Order.asc("submittedAt"),
            Sort.Order.asc("petitionId"));

    /**
     * The columns a list may be sorted by ({@code sort=replyDueAt}, {@code sort=-replyDueAt} for descending): those
     * the list page shows; newest first by default.
     */
    static final ListOrder ORDER = ListOrder.of("petitionId", Sort.Order.desc("submittedAt"),
            "submittedAt", "replyDueAt", "status", "source", "title", "regionId");

    private final PetitionRows rows;
    private final ReferenceData referenceData;
    private final CaseList<PetitionRow, PetitionView> list;

    PetitionQueries(PetitionRows rows, ReferenceData referenceData) {
        this.rows = rows;
        this.referenceData = referenceData;
        this.list = new CaseList<>(rows, ORDER, found -> {
            Names names = names(found);
            return found.stream().map(row -> PetitionView.of(row, names)).toList();
        });
    }

    /** The petitions the filter selects, newest first. */
    public ResultPage<PetitionView> findPetitions(PetitionFilter filter, Viewer viewer, int page, int size) {
        return findPetitions(filter, viewer, page, size, ORDER.byDefault());
    }

    /** The petitions the filter selects in the given order (ties by id, so that pages never overlap). */
    public ResultPage<PetitionView> findPetitions(PetitionFilter filter, Viewer viewer, int page, int size, Sort sort) {
        return list.page(where(filter, viewer), page, size, sort);
    }

    /**
     * The first {@code size} visible petitions in one of {@code statuses}, the most urgent first: the earliest reply
     * deadline, then those without one, the longest waiting first (the 待办 lists, whose statuses the lifecycle gives).
     */
    public ResultPage<PetitionView> findWaiting(Set<PetitionStatus> statuses, Viewer viewer, int size) {
        Specification<PetitionRow> inStatuses = (root, query, cb) -> root.get("status").in(statuses);
        return list.page(inStatuses.and(visibleTo(viewer)), 0, size, MOST_URGENT);
    }

    /**
     * The first {@code size} visible 12345 tickets whose result the lifecycle lets a clerk feed back to the hotline
     * now, the most urgent first as in the other 待办 lists.
     */
    public ResultPage<PetitionView> findAwaitingHotlineFeedback(Viewer viewer, int size) {
        Specification<PetitionRow> awaiting = (root, query, cb) -> cb.isTrue(root.get("awaitsHotlineFeedback"));
        return list.page(awaiting.and(visibleTo(viewer)), 0, size, MOST_URGENT);
    }

    /** The list as a whole, for its export. */
    CaseList<PetitionRow, PetitionView> list() {
        return list;
    }

    /** The rows of the list: the filter's within the viewer's scope. */
    static Specification<PetitionRow> where(PetitionFilter filter, Viewer viewer) {
        return matching(filter).and(TextSearch.matching(filter.q(), "title", "content")).and(visibleTo(viewer));
    }

    public PetitionDetailView findPetition(String petitionId, Viewer viewer) {
        PetitionRow row = rows.findOne(withId(petitionId).and(visibleTo(viewer)))
                .orElseThrow(() -> new NotFound("诉求", petitionId));
        return PetitionDetailView.of(row, names(List.of(row)));
    }

    private Names names(Collection<PetitionRow> found) {
        return referenceData.names(found.stream().map(row -> row.regionId).toList(),
                found.stream().map(row -> row.stationId).toList(),
                found.stream().map(row -> row.deputyId).toList(),
                found.stream().flatMap(row -> row.unitIds.stream()).toList());
    }

    /** Whether the case exists and the viewer may see it (for live-feed subscriptions). */
    public boolean isVisible(String petitionId, Viewer viewer) {
        return rows.exists(withId(petitionId).and(visibleTo(viewer)));
    }

    /** Only the rows the viewer may see (docs/roles.md); a case outside them is answered 404 like a missing one. */
    static Specification<PetitionRow> visibleTo(Viewer viewer) {
        return (root, query, cb) -> viewer.visible(root, cb, "regionId",
                () -> cb.equal(root.get("deputyId"), viewer.deputyId()),
                () -> cb.isMember(viewer.unitId(), root.<java.util.Collection<String>>get("unitIds")));
    }

    private static Specification<PetitionRow> withId(String id) {
        return (root, query, cb) -> cb.equal(root.get("petitionId"), id);
    }

    static Specification<PetitionRow> matching(PetitionFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.source() != null) {
                where.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.regionId() != null) {
                where.add(cb.like(root.get("regionId"), RegionScope.likePattern(filter.regionId()), '\\'));
            }
            if (filter.stationId() != null) {
                where.add(cb.equal(root.get("stationId"), filter.stationId()));
            }
            if (filter.deputyId() != null) {
                where.add(cb.equal(root.get("deputyId"), filter.deputyId()));
            }
            if (filter.unitId() != null) {
                where.add(cb.isMember(filter.unitId(), root.get("unitIds")));
            }
            if (filter.overdue() != null) {
                where.add(cb.equal(root.get("overdue"), filter.overdue()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), ChinaTime.startOf(ChinaTime.supported("from", filter.from()))));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("submittedAt"), ChinaTime.endOf(ChinaTime.supported("to", filter.to()))));
            }
            if (filter.ticketNumber() != null && !filter.ticketNumber().isBlank()) {
                where.add(cb.equal(root.get("hotlineTicketNumber"), ticketNumber(filter.ticketNumber())));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The ticket number as registered: without the spaces a copied number may bring along. */
    private static String ticketNumber(String asTyped) {
        String number = asTyped.strip();
        if (number.length() > HotlineTicket.MAX_NUMBER_LENGTH) {
            throw new InvalidQuery("ticketNumber", "12345工单号最多" + HotlineTicket.MAX_NUMBER_LENGTH + "个字符");
        }
        return number;
    }
}
