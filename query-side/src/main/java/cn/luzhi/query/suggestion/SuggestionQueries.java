package cn.luzhi.query.suggestion;

import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.ListOrder;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.RegionScope;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.TextSearch;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionDetailView;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionView;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds suggestions for the list and the detail page. */
@Component
@Transactional(readOnly = true)
public class SuggestionQueries {

    /** PostgreSQL sorts missing deadlines last in ascending order. */
    private static final Sort MOST_URGENT = Sort.by(Sort.Order.asc("replyDueAt"), Sort.Order.asc("submittedAt"),
            Sort.Order.asc("suggestionId"));

    /** The columns a list may be sorted by: those the list page shows; newest draft first by default. */
    static final ListOrder ORDER = ListOrder.of("suggestionId", Sort.Order.desc("draftedAt"),
            "title", "kind", "status", "leadDeputyId", "leadUnitId", "result", "submittedAt", "replyDueAt");

    private final SuggestionRows rows;
    private final ReferenceData referenceData;
    private final CaseList<SuggestionRow, SuggestionView> list;

    SuggestionQueries(SuggestionRows rows, ReferenceData referenceData) {
        this.rows = rows;
        this.referenceData = referenceData;
        this.list = new CaseList<>(rows, ORDER, found -> {
            Names names = names(found);
            return found.stream().map(row -> SuggestionView.of(row, names)).toList();
        });
    }

    /** The suggestions the filter selects, newest first. */
    public ResultPage<SuggestionView> findSuggestions(SuggestionFilter filter, Viewer viewer, int page, int size) {
        return findSuggestions(filter, viewer, page, size, null);
    }

    /** The suggestions the filter selects in the order of a list's {@code sort} parameter ({@link ListOrder}). */
    public ResultPage<SuggestionView> findSuggestions(SuggestionFilter filter, Viewer viewer, int page, int size,
                                                      String sort) {
        return list.page(where(filter, viewer), page, size, sort);
    }

    /** The list as a whole, for its export. */
    CaseList<SuggestionRow, SuggestionView> list() {
        return list;
    }

    /** The rows of the list: the filter's within the viewer's scope. */
    static Specification<SuggestionRow> where(SuggestionFilter filter, Viewer viewer) {
        return matching(filter).and(TextSearch.matching(filter.q(), "title", "content")).and(visibleTo(viewer));
    }

    /**
     * The first {@code size} visible suggestions in one of {@code statuses} (and picked for key supervision or not,
     * when {@code keySupervision} says), the most urgent first: the earliest reply deadline, then those without one,
     * the longest waiting first (the 待办 lists, whose statuses the lifecycle gives).
     */
    public ResultPage<SuggestionView> findWaiting(Set<SuggestionStatus> statuses, Boolean keySupervision,
                                                  Viewer viewer, int size) {
        Specification<SuggestionRow> waiting = (root, query, cb) -> keySupervision == null
                ? root.get("status").in(statuses)
                : cb.and(root.get("status").in(statuses), cb.equal(root.get("keySupervision"), keySupervision));
        return waiting(waiting, viewer, size);
    }

    /** As {@link #findWaiting}, for the suggestions {@code leadDeputyId} leads (what only the lead deputy does). */
    public ResultPage<SuggestionView> findWaitingLedBy(Set<SuggestionStatus> statuses, String leadDeputyId,
                                                       Viewer viewer, int size) {
        Specification<SuggestionRow> waiting = (root, query, cb) -> cb.and(root.get("status").in(statuses),
                cb.equal(root.get("leadDeputyId"), leadDeputyId));
        return waiting(waiting, viewer, size);
    }

    /** As {@link #findWaiting}, for the drafts {@code deputyId} was invited to co-sign and has not signed yet. */
    public ResultPage<SuggestionView> findInvitations(Set<SuggestionStatus> statuses, String deputyId, Viewer viewer,
                                                     int size) {
        Specification<SuggestionRow> waiting = (root, query, cb) -> cb.and(root.get("status").in(statuses),
                cb.isMember(deputyId, root.<java.util.Collection<String>>get("inviteeIds")),
                cb.isNotMember(deputyId, root.<java.util.Collection<String>>get("coSignerIds")));
        return waiting(waiting, viewer, size);
    }

    private ResultPage<SuggestionView> waiting(Specification<SuggestionRow> waiting, Viewer viewer, int size) {
        return list.page(waiting.and(visibleTo(viewer)), 0, size, MOST_URGENT);
    }

    public SuggestionDetailView findSuggestion(String suggestionId, Viewer viewer) {
        SuggestionRow row = rows.findOne(withId(suggestionId).and(visibleTo(viewer)))
                .orElseThrow(() -> new NotFound("建议", suggestionId));
        return SuggestionDetailView.of(row, names(List.of(row)));
    }

    private Names names(Collection<SuggestionRow> found) {
        return referenceData.names(found.stream().map(row -> row.regionId).toList(), List.of(),
                found.stream().flatMap(row -> Stream.concat(Stream.of(row.leadDeputyId), row.coSignerIds.stream()))
                        .toList(),
                found.stream().flatMap(row -> Stream.concat(row.unitIds.stream(), Stream.of(row.procuratorateId)))
                        .toList());
    }

    /** Whether the case exists and the viewer may see it (for live-feed subscriptions). */
    public boolean isVisible(String suggestionId, Viewer viewer) {
        return rows.exists(withId(suggestionId).and(visibleTo(viewer)));
    }

    /** Only the rows the viewer may see (docs/roles.md); a case outside them is answered 404 like a missing one. */
    static Specification<SuggestionRow> visibleTo(Viewer viewer) {
        return (root, query, cb) -> viewer.visible(root, cb, "regionId",
                () -> cb.or(cb.equal(root.get("leadDeputyId"), viewer.deputyId()), cb.isMember(viewer.deputyId(), root.<java.util.Collection<String>>get("coSignerIds")),
                        cb.isMember(viewer.deputyId(), root.<java.util.Collection<String>>get("inviteeIds"))),
                () -> cb.or(cb.isMember(viewer.unitId(), root.<java.util.Collection<String>>get("unitIds")),
                        cb.equal(root.get("procuratorateId"), viewer.unitId())));
    }

    private static Specification<SuggestionRow> withId(String id) {
        return (root, query, cb) -> cb.equal(root.get("suggestionId"), id);
    }

    static Specification<SuggestionRow> matching(SuggestionFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.result() != null) {
                where.add(cb.equal(root.get("result"), filter.result()));
            }
            if (filter.regionId() != null) {
                where.add(cb.like(root.get("regionId"), RegionScope.likePattern(filter.regionId()), '\\'));
            }
            if (filter.unitId() != null) {
                where.add(cb.isMember(filter.unitId(), root.get("unitIds")));
            }
            if (filter.deputyId() != null) {
                where.add(cb.or(cb.equal(root.get("leadDeputyId"), filter.deputyId()),
                        cb.isMember(filter.deputyId(), root.get("coSignerIds"))));
            }
            if (filter.overdue() != null) {
                where.add(cb.equal(root.get("overdue"), filter.overdue()));
            }
            if (filter.keySupervision() != null) {
                where.add(cb.equal(root.get("keySupervision"), filter.keySupervision()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), ChinaTime.startOf(ChinaTime.supported("from", filter.from()))));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("submittedAt"), ChinaTime.endOf(ChinaTime.supported("to", filter.to()))));
            }
            if (filter.conversion() == Conversion.TO_PROCURATORATE) {
                where.add(cb.isNotNull(root.get("procuratorateId")));
            } else if (filter.conversion() == Conversion.FROM_PROCURATORATE) {
                where.add(cb.isNotNull(root.get("procuratorateReference")));
            }
            if (filter.followUpYear() != null) {
                Join<SuggestionRow, FollowUpEntry> followUps = root.join("followUps");
                where.add(cb.equal(followUps.get("year"), filter.followUpYear()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
