package cn.luzhi.query.reference;

import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.reference.ReferenceViews.DeputyView;
import cn.luzhi.query.reference.ReferenceViews.RegionView;
import cn.luzhi.query.reference.ReferenceViews.StationView;
import cn.luzhi.query.reference.ReferenceViews.UnitView;
import cn.luzhi.query.security.Viewers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference data for pickers, lists and the cockpit's drill-down. */
@RestController
class ReferenceController {

    private final ReferenceData referenceData;
    private final Viewers viewers;

    ReferenceController(ReferenceData referenceData, Viewers viewers) {
        this.referenceData = referenceData;
        this.viewers = viewers;
    }

    /**
     * The region tree from the top region(s) down; for a supervisor or leader, from their own region down, since
     * every regional list, figure and search of theirs stays in it (the pickers offer nothing they would be refused).
     */
    @GetMapping("/api/regions")
    public List<RegionView> regions() {
        Viewer viewer = viewers.current();
        Map<String, List<RegionRow>> byParent = new LinkedHashMap<>();
        List<RegionRow> tops = new ArrayList<>();
        for (RegionRow row : referenceData.allRegions()) {
            if (viewer.regional() ? row.regionId.equals(viewer.regionId()) : row.parentId == null) {
                tops.add(row);
            } else {
                byParent.computeIfAbsent(row.parentId, parent -> new ArrayList<>()).add(row);
            }
        }
        return tops.stream().map(top -> tree(top, byParent)).toList();
    }

    /** One region with the regions directly below it. */
    @GetMapping("/api/regions/{regionId}")
    public RegionView region(@PathVariable String regionId) {
        RegionRow region = referenceData.region(regionId).orElseThrow(() -> new NotFound("行政区划", regionId));
        return RegionView.of(region,
                referenceData.children(regionId).stream().map(child -> RegionView.of(child, List.of())).toList());
    }

    @GetMapping("/api/stations")
    public List<StationView> stations(@RequestParam(required = false) String regionId) {
        List<StationRow> rows = referenceData.stations(regionId);
        Names names = referenceData.names(rows.stream().map(row -> row.regionId).toList(), List.of(), List.of(),
                List.of());
        return rows.stream().map(row -> new StationView(row.stationId, row.name, row.kind, row.kind.label(),
                row.regionId, names.region(row.regionId), row.address, row.openedOn, row.status,
                row.status.label(), row.liaisonPoint)).toList();
    }

    @GetMapping("/api/deputies")
    public List<DeputyView> deputies(@RequestParam(required = false) String regionId,
                                     @RequestParam(required = false) String stationId) {
        List<DeputyRow> rows = referenceData.deputies(regionId, stationId);
        Names names = referenceData.names(List.of(), rows.stream().map(row -> row.stationId).toList(), List.of(),
                List.of());
        return rows.stream().map(row -> new DeputyView(row.deputyId, row.name, row.level, row.level.label(),
                row.stationId, names.station(row.stationId), row.professionalGroup,
                row.professionalGroup == null ? null : row.professionalGroup.label(), row.mediator, row.status,
                row.status.label())).toList();
    }

    @GetMapping("/api/units")
    public List<UnitView> units() {
        return referenceData.units().stream().map(row -> new UnitView(row.unitId, row.name, row.kind,
                row.kind.label(), row.kind.branch(), row.status, row.status.label())).toList();
    }

    private static RegionView tree(RegionRow region, Map<String, List<RegionRow>> byParent) {
        return RegionView.of(region, byParent.getOrDefault(region.regionId, List.of()).stream()
                .map(child -> tree(child, byParent)).toList());
    }
}
