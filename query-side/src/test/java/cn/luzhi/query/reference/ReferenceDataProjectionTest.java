package cn.luzhi.query.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyStatus;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.region.RegionStatus;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationSetting;
import cn.luzhi.events.station.StationStatus;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import cn.luzhi.events.unit.HandlingUnitStatus;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferenceDataProjectionTest {

    private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness((entityManager, changes) -> new ReferenceDataProjection(entityManager));
    }

    @Test
    void shouldKeepTheRegionTreeWithCurrentNames() {
        harness.apply(AT, new RegionRegistered(RegionId.of("150102"), "示范区", RegionLevel.DISTRICT, null));
        harness.apply(AT, new RegionRegistered(RegionId.of("150102001"), "东城镇", RegionLevel.TOWN,
                RegionId.of("150102")));
        harness.apply(AT, new RegionRenamed(RegionId.of("150102001"), "东城镇", "东城街道"));
        harness.apply(AT, new RegionRetired(RegionId.of("150102001"), RegionId.of("150102002"), "撤并"));

        RegionRow town = harness.read(RegionRow.class, "150102001");
        assertThat(town.name).isEqualTo("东城街道");
        assertThat(town.parentId).isEqualTo("150102");
        assertThat(town.level).isEqualTo(RegionLevel.TOWN);
        assertThat(town.status).isEqualTo(RegionStatus.RETIRED);
        assertThat(town.mergedIntoId).isEqualTo("150102002");
        assertThat(harness.read(RegionRow.class, "150102").parentId).isNull();
    }

    @Test
    void shouldFollowStationsAcrossMovesAndClosure() {
        harness.apply(AT, new StationOpened(StationId.of("s-1"), "东城镇代表之家", StationKind.HOME,
                StationSetting.TOWN, RegionTier.TOWNSHIP, RegionId.of("150102001"), "人民路1号",
                LocalDate.of(2025, 6, 1), "qr-secret"));
        harness.apply(AT, new StationMoved(StationId.of("s-1"), RegionId.of("150102001"), "人民路1号",
                RegionId.of("150102002"), "建设路2号"));
        harness.apply(AT, new StationClosed(StationId.of("s-1"), "装修"));

        StationRow station = harness.read(StationRow.class, "s-1");
        assertThat(station.regionId).isEqualTo("150102002");
        assertThat(station.address).isEqualTo("建设路2号");
        assertThat(station.status).isEqualTo(StationStatus.CLOSED);
        assertThat(station.openedOn).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void shouldKeepTheLastStationOfADeputyWhoseTermEnded() {
        harness.apply(AT, new DeputyRegistered(DeputyId.of("d-1"), "张三", Gender.MALE, "汉族", DeputyLevel.COUNTY,
                "东城镇选区", StationId.of("s-1"), ProfessionalGroup.SOCIAL_AFFAIRS, new DeputyTerm(12, 2021, 2026),
                null, "qr-d-1"));
        harness.apply(AT, new DeputyAddedToMediatorPool(DeputyId.of("d-1")));
        harness.apply(AT, new DeputyTransferred(DeputyId.of("d-1"), StationId.of("s-1"), StationId.of("s-2"),
                "工作调动"));
        harness.apply(AT, new DeputyTermEnded(DeputyId.of("d-1"), "届满"));

        DeputyRow deputy = harness.read(DeputyRow.class, "d-1");
        assertThat(deputy.name).isEqualTo("张三");
        assertThat(deputy.stationId).isEqualTo("s-2");
        assertThat(deputy.termNumber).isEqualTo(12);
        assertThat(deputy.status).isEqualTo(DeputyStatus.TERM_ENDED);
        assertThat(deputy.mediator).isFalse();
    }

    @Test
    void shouldApplyRedeliveredRenameOnlyOnce() {
        harness.apply(AT, new HandlingUnitRegistered(HandlingUnitId.of("u-1"), "区水务局",
                HandlingUnitKind.GOVERNMENT_DEPARTMENT, RegionId.of("150102"), "办公室"));
        long renamed = harness.apply(AT, new HandlingUnitRenamed(HandlingUnitId.of("u-1"), "区水务局", "区水利局"));
        harness.apply(AT, new HandlingUnitRenamed(HandlingUnitId.of("u-1"), "区水利局", "区水资源局"));
        harness.apply(AT, new HandlingUnitDeactivated(HandlingUnitId.of("u-1"), "机构改革"));
        harness.deliver(Events.tracked(renamed, AT, new HandlingUnitRenamed(HandlingUnitId.of("u-1"), "区水务局",
                "区水利局")));

        HandlingUnitRow unit = harness.read(HandlingUnitRow.class, "u-1");
        assertThat(unit.name).isEqualTo("区水资源局");
        assertThat(unit.status).isEqualTo(HandlingUnitStatus.INACTIVE);
    }
}
