package cn.luzhi.command.region;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.region.RegisterRegion;
import cn.luzhi.events.region.RenameRegion;
import cn.luzhi.events.region.RetireRegion;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionTest {

    private static final RegionId XINCHENG = new RegionId("150102");
    private static final RegionId HAIDONG = new RegionId("150102001");
    private static final RegionId HAIXI = new RegionId("150102002");
    private static final RegionId BAYAN = new RegionId("150102001001");
    private static final RegionId BAYAN_EAST = new RegionId("150102001002");

    private FixtureConfiguration<Region> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
    }

    private RegionRegistered townRegistered() {
        return new RegionRegistered(HAIDONG, "海东路街道", RegionLevel.SUBDISTRICT, XINCHENG);
    }

    private RegionRegistered villageRegistered() {
        return new RegionRegistered(BAYAN, "巴彦嘎查", RegionLevel.GACHA, HAIDONG);
    }

    @Test
    void shouldRegisterTopDistrictWithoutParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(XINCHENG, "新城区", RegionLevel.DISTRICT, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RegionRegistered(XINCHENG, "新城区", RegionLevel.DISTRICT, null));
    }

    @Test
    void shouldRegisterTownshipUnderItsDistrict() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(HAIDONG, "海东路街道", RegionLevel.SUBDISTRICT, XINCHENG))
                .expectEvents(townRegistered());
    }

    @Test
    void shouldRegisterVillageUnderItsTownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(BAYAN, "巴彦嘎查", RegionLevel.GACHA, HAIDONG))
                .expectEvents(villageRegistered());
    }

    @Test
    void shouldRefuseCodeThatDoesNotFitTheLevel() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(HAIDONG, "海东路街道", RegionLevel.VILLAGE, XINCHENG))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("「村」的行政区划代码须为12位数字，「150102001」不符合")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseGeneratedIdInsteadOfStatutoryCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(new RegionId("1f0e6b2c-9a41-4c55-8d2e-3b7f6a1c2d90"), "新城区",
                        RegionLevel.DISTRICT, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage(
                        "「区」的行政区划代码须为6位数字，「1f0e6b2c-9a41-4c55-8d2e-3b7f6a1c2d90」不符合");
    }

    @Test
    void shouldRefuseParentForTopRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(XINCHENG, "新城区", RegionLevel.DISTRICT, new RegionId("150100")))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("「区」是本系统最高一级行政区划，不能填写上级")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseTownshipWithoutParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(HAIDONG, "海东路街道", RegionLevel.SUBDISTRICT, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("上级行政区划代码须为本级代码「150102001」的前6位「150102」");
    }

    @Test
    void shouldRefuseParentWhoseCodeTheChildDoesNotStartWith() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(BAYAN, "巴彦嘎查", RegionLevel.GACHA, HAIXI))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("上级行政区划代码须为本级代码「150102001001」的前9位「150102001」")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseVillageDirectlyUnderDistrict() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegion(BAYAN, "巴彦嘎查", RegionLevel.GACHA, XINCHENG))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("上级行政区划代码须为本级代码「150102001001」的前9位「150102001」");
    }

    @Test
    void shouldRenameRegionKeepingThePreviousName() {
        fixture.given(townRegistered())
                .when(new RenameRegion(HAIDONG, "海东街道", null))
                .expectEvents(new RegionRenamed(HAIDONG, "海东路街道", "海东街道"));
    }

    @Test
    void shouldRefuseRenamingToTheSameName() {
        fixture.given(townRegistered())
                .when(new RenameRegion(HAIDONG, "海东路街道", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("新名称与现名称「海东路街道」相同，无需改名")
                .expectNoEvents();
    }

    @Test
    void shouldCompareWithTheNameAfterEarlierRenames() {
        fixture.given(townRegistered(), new RegionRenamed(HAIDONG, "海东路街道", "海东街道"))
                .when(new RenameRegion(HAIDONG, "海东路街道", null))
                .expectEvents(new RegionRenamed(HAIDONG, "海东街道", "海东路街道"));
    }

    @Test
    void shouldRefuseToRenameRetiredRegion() {
        fixture.given(townRegistered(), new RegionRetired(HAIDONG, null, "撤销"))
                .when(new RenameRegion(HAIDONG, "海东街道", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("行政区划「海东路街道」当前状态为「已撤并」，不能改名")
                .expectNoEvents();
    }

    @Test
    void shouldRetireRegionMergedIntoAnotherOfTheSameTier() {
        fixture.given(villageRegistered())
                .when(new RetireRegion(BAYAN, BAYAN_EAST, "两嘎查合并", null))
                .expectEvents(new RegionRetired(BAYAN, BAYAN_EAST, "两嘎查合并"));
    }

    @Test
    void shouldRetireRegionWithoutMerging() {
        fixture.given(townRegistered())
                .when(new RetireRegion(HAIDONG, null, "撤销街道建制", null))
                .expectEvents(new RegionRetired(HAIDONG, null, "撤销街道建制"));
    }

    @Test
    void shouldRefuseToMergeRegionIntoItself() {
        fixture.given(townRegistered())
                .when(new RetireRegion(HAIDONG, HAIDONG, "合并", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("不能把行政区划并入它自己")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToMergeIntoRegionOfAnotherTier() {
        fixture.given(villageRegistered())
                .when(new RetireRegion(BAYAN, HAIDONG, "并入街道", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("只能并入同为村级的行政区划（代码为12位数字），「150102001」不符合")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToRetireTwice() {
        fixture.given(townRegistered(), new RegionRetired(HAIDONG, HAIXI, "合并"))
                .when(new RetireRegion(HAIDONG, null, "再次撤销", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("行政区划「海东路街道」当前状态为「已撤并」，不能撤并")
                .expectNoEvents();
    }
}
