package cn.luzhi.query.reference;

import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyStatus;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionStatus;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationStatus;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.HandlingUnitStatus;
import java.time.LocalDate;
import java.util.List;

/** What the reference data API answers. */
final class ReferenceViews {

    private ReferenceViews() {
    }

    /** A region with the regions directly below it. */
    record RegionView(String regionId, String name, RegionLevel level, String levelLabel, RegionStatus status,
                      String statusLabel, List<RegionView> children) {

        static RegionView of(RegionRow row, List<RegionView> children) {
            return new RegionView(row.regionId, row.name, row.level, row.level.label(), row.status,
                    row.status.label(), children);
        }
    }

    record StationView(String stationId, String name, StationKind kind, String kindLabel, String regionId,
                       String regionName, String address, LocalDate openedOn, StationStatus status,
                       String statusLabel, boolean liaisonPoint) {
    }

    record DeputyView(String deputyId, String name, DeputyLevel level, String levelLabel, String stationId,
                      String stationName, ProfessionalGroup professionalGroup, String professionalGroupLabel,
                      boolean mediator, DeputyStatus status, String statusLabel) {
    }

    record UnitView(String unitId, String name, HandlingUnitKind kind, String kindLabel, String branch,
                    HandlingUnitStatus status, String statusLabel) {
    }
}
