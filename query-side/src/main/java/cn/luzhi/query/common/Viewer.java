package cn.luzhi.query.common;

import cn.luzhi.events.common.ActorRole;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.function.Supplier;

/**
 * Who is reading, and so which cases they see (docs/roles.md): a deputy their own cases, a unit the cases
 * assigned to it, a supervisor or leader their region's subtree, clerks, auditors and administrators the whole
 * district. Anyone else (a citizen's account, a deputy or unit account without its link) sees no case at all.
 *
 * @param username  the account
 * @param role      its role
 * @param deputyId  the deputy a DEPUTY account is linked to, else null
 * @param unitId    the handling unit a UNIT account is linked to, else null
 * @param regionId  the region a SUPERVISOR or LEADER account watches, else null
 */
public record Viewer(String username, ActorRole role, String deputyId, String unitId, String regionId) {

    /** Clerks, auditors and administrators work for the whole district. */
    public boolean districtWide() {
        return role == ActorRole.CLERK || role == ActorRole.AUDITOR || role == ActorRole.ADMIN;
    }

    /** A supervisor or leader, who sees the subtree of {@link #regionId}. */
    public boolean regional() {
        return (role == ActorRole.SUPERVISOR || role == ActorRole.LEADER) && regionId != null;
    }

    /** Whether a case in {@code caseRegionId} lies within this viewer's region (always, for district-wide roles). */
    public boolean coversRegion(String caseRegionId) {
        return districtWide() || regional() && caseRegionId != null && caseRegionId.startsWith(regionId);
    }

    /**
     * The region a regional list or figure is narrowed to, given the {@code regionId} asked for: a supervisor or
     * leader watches their own region, so without one they get theirs, and a region outside it is answered 404
     * like an unknown one (docs/roles.md). District-wide roles get what they asked for (null: the whole district).
     */
    public String regionFilter(String requestedRegionId) {
        if (districtWide()) {
            return requestedRegionId == null || requestedRegionId.isBlank() ? null : requestedRegionId;
        }
        String region = requestedRegionId == null || requestedRegionId.isBlank() ? regionId : requestedRegionId;
        if (!coversRegion(region)) {
            throw new NotFound("行政区划", requestedRegionId == null ? "" : requestedRegionId);
        }
        return region;
    }

    /**
     * Refuses a case in {@code caseRegionId} that this viewer's region does not cover, answering 404 as for a
     * missing case (docs/roles.md); for reads whose route admits only district-wide and regional roles.
     */
    public void requireCovers(String caseKind, String caseId, String caseRegionId) {
        if (!coversRegion(caseRegionId)) {
            throw new NotFound(caseKind, caseId);
        }
    }

    /**
     * The criteria-API condition "this row is visible": district-wide roles see every row, regional ones those in
     * their subtree (by {@code regionPath}), deputies and units what {@code own} says, everybody else nothing.
     */
    public <T> Predicate visible(Root<T> root, CriteriaBuilder cb, String regionPath, Supplier<Predicate> ownForDeputy,
                                 Supplier<Predicate> ownForUnit) {
        if (districtWide()) {
            return cb.conjunction();
        }
        if (regional()) {
            return cb.like(root.get(regionPath), RegionScope.likePattern(regionId), '\\');
        }
        if (role == ActorRole.DEPUTY && deputyId != null) {
            return ownForDeputy.get();
        }
        if (role == ActorRole.UNIT && unitId != null) {
            return ownForUnit.get();
        }
        return cb.disjunction();
    }
}
