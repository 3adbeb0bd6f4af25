package cn.luzhi.command.unit;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.DeactivateHandlingUnit;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import cn.luzhi.events.unit.ReactivateHandlingUnit;
import cn.luzhi.events.unit.RegisterHandlingUnit;
import cn.luzhi.events.unit.RenameHandlingUnit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandlingUnitTest {

    private static final HandlingUnitId ID = new HandlingUnitId("u-housing");
    private static final RegionId XINCHENG = new RegionId("150102");

    private FixtureConfiguration<HandlingUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HandlingUnit.class);
    }

    private HandlingUnitRegistered registered() {
        return new HandlingUnitRegistered(ID, "区住房和城乡建设局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, XINCHENG,
                "办公室");
    }

    private HandlingUnitDeactivated deactivated() {
        return new HandlingUnitDeactivated(ID, "机构改革撤销");
    }

    @Test
    void shouldRegisterHandlingUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHandlingUnit(ID, "区住房和城乡建设局", HandlingUnitKind.GOVERNMENT_DEPARTMENT,
                        XINCHENG, "办公室"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void shouldRenameHandlingUnit() {
        fixture.given(registered())
                .when(new RenameHandlingUnit(ID, "区住房和城乡建设局（人民防空办公室）", null))
                .expectEvents(new HandlingUnitRenamed(ID, "区住房和城乡建设局", "区住房和城乡建设局（人民防空办公室）"));
    }

    @Test
    void shouldRefuseRenamingToTheSameName() {
        fixture.given(registered())
                .when(new RenameHandlingUnit(ID, "区住房和城乡建设局", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("新名称与现名称「区住房和城乡建设局」相同，无需改名")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToRenameDeactivatedUnit() {
        fixture.given(registered(), deactivated())
                .when(new RenameHandlingUnit(ID, "区住房保障中心", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「区住房和城乡建设局」当前状态为「已停用」，不能改名")
                .expectNoEvents();
    }

    @Test
    void shouldDeactivateWithReason() {
        fixture.given(registered())
                .when(new DeactivateHandlingUnit(ID, "机构改革撤销", null))
                .expectEvents(deactivated());
    }

    @Test
    void shouldRefuseToDeactivateTwice() {
        fixture.given(registered(), deactivated())
                .when(new DeactivateHandlingUnit(ID, "再次停用", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「区住房和城乡建设局」当前状态为「已停用」，不能停用")
                .expectNoEvents();
    }

    @Test
    void shouldReactivateDeactivatedUnitAndAllowChangesAgain() {
        fixture.given(registered(), deactivated())
                .when(new ReactivateHandlingUnit(ID, "职能恢复", null))
                .expectEvents(new HandlingUnitReactivated(ID, "职能恢复"));

        fixture.given(registered(), deactivated(), new HandlingUnitReactivated(ID, null))
                .when(new RenameHandlingUnit(ID, "区住房保障中心", null))
                .expectEvents(new HandlingUnitRenamed(ID, "区住房和城乡建设局", "区住房保障中心"));
    }

    @Test
    void shouldRefuseToReactivateActiveUnit() {
        fixture.given(registered())
                .when(new ReactivateHandlingUnit(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("承办单位「区住房和城乡建设局」当前状态为「启用」，不能重新启用")
                .expectNoEvents();
    }
}
