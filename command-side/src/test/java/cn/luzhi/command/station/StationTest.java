package cn.luzhi.command.station;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.qrcode.SequentialQrTokens;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.station.CloseStation;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.DesignateLiaisonPoint;
import cn.luzhi.events.station.DutyDay;
import cn.luzhi.events.station.DutyRotaPublished;
import cn.luzhi.events.station.PublishDutyRota;
import cn.luzhi.events.station.LiaisonPointDesignated;
import cn.luzhi.events.station.LiaisonPointRevoked;
import cn.luzhi.events.station.RevokeLiaisonPoint;
import cn.luzhi.events.station.MoveStation;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.ReissueStationQrCode;
import cn.luzhi.events.station.RenameStation;
import cn.luzhi.events.station.ReopenStation;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationQrCodeReissued;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.station.StationSetting;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

class StationTest {

    private static final StationId ID = new StationId("s-haidong");
    private static final RegionId HAIDONG = new RegionId("150102001");
    private static final RegionId HAIXI = new RegionId("150102002");
    private static final String ADDRESS = "海东路12号";
    private static final LocalDate OPENED_ON = LocalDate.of(2024, 3, 1);
    private static final String PRINTED_TOKEN = "qr-printed";

    private FixtureConfiguration<Station> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Station.class);
        fixture.registerInjectableResource(new SequentialQrTokens());
    }

    private StationOpened opened() {
        return new StationOpened(ID, "海东路街道代表联络站", StationKind.LIAISON_STATION, StationSetting.TOWN,
                RegionTier.TOWNSHIP, HAIDONG, ADDRESS, OPENED_ON, PRINTED_TOKEN);
    }

    private StationClosed closed() {
        return new StationClosed(ID, "场地拆迁");
    }

    @Test
    void shouldOpenStationWithAFreshQrToken() {
        fixture.givenNoPriorActivity()
                .when(new OpenStation(ID, "海东路街道代表联络站", StationKind.LIAISON_STATION, StationSetting.TOWN,
                        RegionTier.TOWNSHIP, HAIDONG, ADDRESS, OPENED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StationOpened(ID, "海东路街道代表联络站", StationKind.LIAISON_STATION,
                        StationSetting.TOWN, RegionTier.TOWNSHIP, HAIDONG, ADDRESS, OPENED_ON, "qr-1"));
    }

    @Test
    void shouldOpenEnterpriseStationAtAnyLevel() {
        fixture.givenNoPriorActivity()
                .when(new OpenStation(ID, "稀土产业链代表工作站", StationKind.WORK_STATION,
                        StationSetting.INDUSTRY_CHAIN, RegionTier.COUNTY, new RegionId("150102"), ADDRESS, OPENED_ON))
                .expectEvents(new StationOpened(ID, "稀土产业链代表工作站", StationKind.WORK_STATION,
                        StationSetting.INDUSTRY_CHAIN, RegionTier.COUNTY, new RegionId("150102"), ADDRESS,
                        OPENED_ON, "qr-1"));
    }

    @Test
    void shouldRefuseLevelThatDoesNotMatchTheSetting() {
        fixture.givenNoPriorActivity()
                .when(new OpenStation(ID, "巴彦嘎查代表之家", StationKind.HOME, StationSetting.VILLAGE,
                        RegionTier.TOWNSHIP, HAIDONG, ADDRESS, OPENED_ON))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点设在「村（嘎查、社区）」，级别不能为「乡级」")
                .expectNoEvents();
    }

    @Test
    void shouldRenameStation() {
        fixture.given(opened())
                .when(new RenameStation(ID, "海东路街道人大代表之家", null))
                .expectEvents(new StationRenamed(ID, "海东路街道代表联络站", "海东路街道人大代表之家"));
    }

    @Test
    void shouldRefuseRenamingToTheSameName() {
        fixture.given(opened())
                .when(new RenameStation(ID, "海东路街道代表联络站", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("新名称与现名称「海东路街道代表联络站」相同，无需改名")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToRenameClosedStation() {
        fixture.given(opened(), closed())
                .when(new RenameStation(ID, "新名称", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「已关闭」，不能改名")
                .expectNoEvents();
    }

    @Test
    void shouldMoveStationToNewAddressInTheSameRegion() {
        fixture.given(opened())
                .when(new MoveStation(ID, HAIDONG, "海东路88号", null))
                .expectEvents(new StationMoved(ID, HAIDONG, ADDRESS, HAIDONG, "海东路88号"));
    }

    @Test
    void shouldMoveStationToAnotherRegion() {
        fixture.given(opened())
                .when(new MoveStation(ID, HAIXI, ADDRESS, null))
                .expectEvents(new StationMoved(ID, HAIDONG, ADDRESS, HAIXI, ADDRESS));
    }

    @Test
    void shouldRefuseMoveThatChangesNothing() {
        fixture.given(opened(), new StationMoved(ID, HAIDONG, ADDRESS, HAIXI, "海西路1号"))
                .when(new MoveStation(ID, HAIXI, "海西路1号", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("新地址和所属行政区划与现在相同，无需迁址")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToMoveClosedStation() {
        fixture.given(opened(), closed())
                .when(new MoveStation(ID, HAIXI, "海西路1号", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「已关闭」，不能迁址");
    }

    @Test
    void shouldReplaceTheQrTokenOnReissue() {
        fixture.given(opened())
                .when(new ReissueStationQrCode(ID, "码牌被覆盖", null))
                .expectEvents(new StationQrCodeReissued(ID, "qr-1", "码牌被覆盖"));
    }

    @Test
    void shouldRefuseToReissueQrCodeOfClosedStation() {
        fixture.given(opened(), closed())
                .when(new ReissueStationQrCode(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「已关闭」，不能重新生成家站码")
                .expectNoEvents();
    }

    @Test
    void shouldCloseStationWithReason() {
        fixture.given(opened())
                .when(new CloseStation(ID, "场地拆迁", null))
                .expectEvents(closed());
    }

    @Test
    void shouldRefuseToCloseTwice() {
        fixture.given(opened(), closed())
                .when(new CloseStation(ID, "再次关闭", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「已关闭」，不能关闭");
    }

    @Test
    void shouldReopenClosedStationAndAllowChangesAgain() {
        fixture.given(opened(), closed())
                .when(new ReopenStation(ID, "新场地启用", null))
                .expectEvents(new StationReopened(ID, "新场地启用"));

        fixture.given(opened(), closed(), new StationReopened(ID, null))
                .when(new RenameStation(ID, "海东路街道人大代表之家", null))
                .expectEvents(new StationRenamed(ID, "海东路街道代表联络站", "海东路街道人大代表之家"));
    }

    @Test
    void shouldRefuseToReopenOpenStation() {
        fixture.given(opened())
                .when(new ReopenStation(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「开放」，不能重新开放")
                .expectNoEvents();
    }

    // Legislative liaison point

    @Test
    void shouldDesignateAnOpenStationAsLiaisonPoint() {
        fixture.given(opened())
                .when(new DesignateLiaisonPoint(ID, "常委会主任会议决定", null))
                .expectEvents(new LiaisonPointDesignated(ID, "常委会主任会议决定"));
    }

    @Test
    void shouldRefuseToDesignateTwice() {
        fixture.given(opened(), new LiaisonPointDesignated(ID, "决定"))
                .when(new DesignateLiaisonPoint(ID, "再次", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」已是基层立法联系点")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToDesignateAClosedStation() {
        fixture.given(opened(), closed())
                .when(new DesignateLiaisonPoint(ID, "决定", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「已关闭」，不能设为基层立法联系点")
                .expectNoEvents();
    }

    @Test
    void shouldRevokeALiaisonPointEvenWhenClosed() {
        fixture.given(opened(), new LiaisonPointDesignated(ID, "决定"), closed())
                .when(new RevokeLiaisonPoint(ID, "站点撤并", null))
                .expectEvents(new LiaisonPointRevoked(ID, "站点撤并"));
    }

    @Test
    void shouldRefuseToRevokeWhatWasNeverDesignated() {
        fixture.given(opened())
                .when(new RevokeLiaisonPoint(ID, "撤销", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」不是基层立法联系点")
                .expectNoEvents();
    }

    // Duty rota.

    private static final DeputyId WANG = new DeputyId("d-wang");
    private static final DeputyId LI = new DeputyId("d-li");

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static DutyDay day(LocalDate date, DeputyId... deputies) {
        return new DutyDay(date, List.of(deputies), "9:00-12:00");
    }

    @Test
    void shouldPublishARotaWithItsDaysInOrder() {
        LocalDate from = today().plusDays(1);
        LocalDate to = from.plusDays(6);
        fixture.given(opened())
                .when(new PublishDutyRota(ID, from, to, List.of(day(from.plusDays(2), LI), day(from, WANG, LI)),
                        "十二月值班安排", null))
                .expectEvents(new DutyRotaPublished(ID, from, to,
                        List.of(day(from, WANG, LI), day(from.plusDays(2), LI)), "十二月值班安排"));
    }

    @Test
    void shouldPublishAgainOverTheSameDays() {
        LocalDate from = today();
        fixture.given(opened(), new DutyRotaPublished(ID, from, from, List.of(day(from, WANG)), "初排"))
                .when(new PublishDutyRota(ID, from, from, List.of(day(from, LI)), "王代表出差，改由李代表接待", null))
                .expectEvents(new DutyRotaPublished(ID, from, from, List.of(day(from, LI)),
                        "王代表出差，改由李代表接待"));
    }

    @Test
    void shouldRefuseARotaOfAClosedStation() {
        LocalDate from = today();
        fixture.given(opened(), closed())
                .when(new PublishDutyRota(ID, from, from, List.of(day(from, WANG)), "安排", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("站点「海东路街道代表联络站」当前状态为「已关闭」，不能发布接待值班表")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToRewriteDaysGonePast() {
        LocalDate yesterday = today().minusDays(1);
        fixture.given(opened())
                .when(new PublishDutyRota(ID, yesterday, today(), List.of(day(today(), WANG)), "安排", null))
                .expectException(refusalOf("from", "开始日期不能早于今天（" + today() + "），已过去的值班安排不能改"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseADayOutsideThePeriod() {
        LocalDate from = today().plusDays(1);
        LocalDate outside = from.plusDays(10);
        fixture.given(opened())
                .when(new PublishDutyRota(ID, from, from.plusDays(6), List.of(day(from, WANG), day(outside, LI)),
                        "安排", null))
                .expectException(refusalOf("days[1].date", "值班日期" + outside + "不在" + from + "至"
                        + from.plusDays(6) + "之间"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseTheSameDayTwice() {
        LocalDate from = today();
        fixture.given(opened())
                .when(new PublishDutyRota(ID, from, from.plusDays(1), List.of(day(from, WANG), day(from, LI)),
                        "安排", null))
                .expectException(refusalOf("days[1].date", "值班日期" + from + "重复，每天只能安排一次"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAPeriodEndingBeforeItStartsOrTooLong() {
        LocalDate from = today().plusDays(3);
        fixture.given(opened())
                .when(new PublishDutyRota(ID, from, from.minusDays(1), List.of(), "安排", null))
                .expectException(refusalOf("to", "结束日期不能早于开始日期"));
        fixture.given(opened())
                .when(new PublishDutyRota(ID, from, from.plusDays(Station.MAX_ROTA_DAYS), List.of(), "安排", null))
                .expectException(refusalOf("to", "一次发布的值班表最多覆盖62天"));
    }

    @Test
    void shouldRefuseADeputyTwiceOnOneDay() {
        LocalDate from = today();
        fixture.given(opened())
                .when(new PublishDutyRota(ID, from, from, List.of(day(from, WANG, WANG)), "安排", null))
                .expectException(refusalOf("days[0].deputyIds", from + "的值班代表有重复"));
    }

    private static Matcher<CommandRefused> refusalOf(String field, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refused) {
                return Objects.equals(field, refused.field()) && message.equals(refused.getMessage());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(field + ": " + message);
            }
        };
    }
}
