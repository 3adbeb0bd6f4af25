package cn.luzhi.query.reference;

import cn.luzhi.query.common.RegionScope;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the reference data read model: names for other read models' rows, and the region tree. */
@Component
@Transactional(readOnly = true)
public class ReferenceData {

    private final EntityManager entityManager;

    public ReferenceData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The names of the given regions, stations, deputies and units, fetched with one query each. */
    public Names names(Collection<String> regionIds, Collection<String> stationIds, Collection<String> deputyIds,
                       Collection<String> unitIds) {
        return new Names(names("RegionRow", "regionId", regionIds), names("StationRow", "stationId", stationIds),
                names("DeputyRow", "deputyId", deputyIds), names("HandlingUnitRow", "unitId", unitIds));
    }

    /** The region; empty for none (a case of the whole district, such as a legislative draft, names no region). */
    public Optional<RegionRow> region(String regionId) {
        return regionId == null ? Optional.empty()
                : Optional.ofNullable(entityManager.find(RegionRow.class, regionId));
    }

    /**
     * {@code regionId} and the regions above it, nearest first; just {@code regionId} when it is not registered.
     * The chain stops at a region seen before, so a parent loop in the reference data cannot hang a projection.
     */
    public List<String> regionAndAncestors(String regionId) {
        List<String> chain = new ArrayList<>();
        String next = regionId;
        while (next != null && !chain.contains(next)) {
            chain.add(next);
            next = region(next).map(RegionRow::parentId).orElse(null);
        }
        return chain;
    }

    /** The top of the tree: the district (or city) the installation serves, when its region is registered. */
    public Optional<RegionRow> topRegion() {
        return entityManager.createQuery("from RegionRow where parentId is null order by regionId", RegionRow.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<RegionRow> children(String regionId) {
        return entityManager.createQuery("from RegionRow where parentId = :parent order by regionId", RegionRow.class)
                .setParameter("parent", regionId)
                .getResultList();
    }

    List<RegionRow> allRegions() {
        return entityManager.createQuery("from RegionRow order by regionId", RegionRow.class).getResultList();
    }

    List<StationRow> stations(String regionId) {
        return entityManager.createQuery("from StationRow where regionId like :scope escape '\\' order by regionId, "
                        + "stationId", StationRow.class)
                .setParameter("scope", RegionScope.likePattern(regionId))
                .getResultList();
    }

    List<DeputyRow> deputies(String regionId, String stationId) {
        return entityManager.createQuery("""
                        from DeputyRow d
                        where (:station is null or d.stationId = :station)
                          and (:scope = '%' or d.stationId in
                                (select s.stationId from StationRow s where s.regionId like :scope escape '\\'))
                        order by d.name, d.deputyId""", DeputyRow.class)
                .setParameter("station", stationId)
                .setParameter("scope", RegionScope.likePattern(regionId))
                .getResultList();
    }

    List<HandlingUnitRow> units() {
        return entityManager.createQuery("from HandlingUnitRow order by name, unitId", HandlingUnitRow.class)
                .getResultList();
    }

    private Map<String, String> names(String entity, String idField, Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        entityManager.createQuery("select e." + idField + ", e.name from " + entity + " e where e." + idField
                        + " in :ids", Object[].class)
                .setParameter("ids", wanted)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
