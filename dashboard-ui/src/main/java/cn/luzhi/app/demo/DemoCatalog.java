package cn.luzhi.app.demo;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import java.util.List;
import java.util.Optional;

/**
 * The demo district's reference data as the event store holds it now: serving deputies, the mediator pool, active
 * units, current regions and open stations. The live mode reads it from the events on every tick, so it follows
 * whatever an administrator changed and needs nothing kept in memory.
 *
 * @param deputies  serving demo deputies
 * @param mediators the serving deputies in the mediator pool
 * @param units     active demo handling units
 * @param places    current regions of the district below it (towns, villages, communities)
 * @param stations  open demo stations
 */
record DemoCatalog(List<Deputy> deputies, List<DeputyId> mediators, List<Unit> units, List<Place> places,
                   List<Station> stations) {

    /** A deputy with the township-level code of the deputy's station, null for a district-wide station. */
    record Deputy(DeputyId id, DeputyLevel level, StationId stationId, String townCode) {
    }

    /** A handling unit. */
    record Unit(HandlingUnitId id, String name, HandlingUnitKind kind) {
    }

    /** A region below the district. */
    record Place(RegionId id, String name) {

        boolean isVillage() {
            return id.value().length() == 12;
        }

        String townCode() {
            return id.value().substring(0, Math.min(9, id.value().length()));
        }
    }

    /** A station with the region it is in. */
    record Station(StationId id, RegionId regionId) {
    }

    boolean isEmpty() {
        return deputies.isEmpty() || units.isEmpty() || places.isEmpty();
    }

    Optional<Unit> unit(String id) {
        return units.stream().filter(unit -> unit.id().value().equals(id)).findFirst();
    }

    Optional<Place> place(RegionId id) {
        return places.stream().filter(place -> place.id().equals(id)).findFirst();
    }

    List<Unit> unitsOf(HandlingUnitKind kind) {
        return units.stream().filter(unit -> unit.kind() == kind).toList();
    }

    List<Deputy> deputiesIn(String townCode) {
        return deputies.stream().filter(deputy -> townCode.equals(deputy.townCode())).toList();
    }
}
