package cn.luzhi.command.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.command.qrcode.SequentialQrTokens;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.AddDeputyToMediatorPool;
import cn.luzhi.events.deputy.ChangeDeputyProfessionalGroup;
import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyProfessionalGroupChanged;
import cn.luzhi.events.deputy.DeputyQrCodeReissued;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.deputy.EndDeputyTerm;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.deputy.RegisterDeputy;
import cn.luzhi.events.deputy.ReissueDeputyQrCode;
import cn.luzhi.events.deputy.RemoveDeputyFromMediatorPool;
import cn.luzhi.events.deputy.TerminateDeputyMandate;
import cn.luzhi.events.deputy.TerminationCause;
import cn.luzhi.events.deputy.TransferDeputy;
import cn.luzhi.events.station.StationId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeputyTest {

    private static final DeputyId ID = new DeputyId("d-1");
    private static final StationId HAIDONG = new StationId("s-haidong");
    private static final StationId HAIXI = new StationId("s-haixi");
    private static final DeputyTerm TWELFTH = new DeputyTerm(12, 2021, 2026);
    private static final String PHONE = "13900001111";
    private static final PersonRef CONTACT = new PersonRef("person-1");
    private static final String PRINTED_TOKEN = "qr-printed";

    private final RecordingVault vault = new RecordingVault();
    private FixtureConfiguration<Deputy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deputy.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new SequentialQrTokens());
    }

    private RegisterDeputy register(DeputyTerm term, String phone) {
        return new RegisterDeputy(ID, "乌云其木格", Gender.FEMALE, "蒙古族", DeputyLevel.COUNTY, "第三选区", HAIDONG,
                ProfessionalGroup.AGRICULTURE_AND_ECOLOGY, term, phone);
    }

    private DeputyRegistered registered() {
        return new DeputyRegistered(ID, "乌云其木格", Gender.FEMALE, "蒙古族", DeputyLevel.COUNTY, "第三选区",
                HAIDONG, ProfessionalGroup.AGRICULTURE_AND_ECOLOGY, TWELFTH, CONTACT, PRINTED_TOKEN);
    }

    private DeputyMandateTerminated terminated() {
        return new DeputyMandateTerminated(ID, TerminationCause.MOVED_AWAY, "迁往外省工作");
    }

    @Test
    void shouldRegisterDeputyWithPhoneInVaultAndAFreshQrToken() {
        fixture.givenNoPriorActivity()
                .when(register(TWELFTH, PHONE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeputyRegistered(ID, "乌云其木格", Gender.FEMALE, "蒙古族", DeputyLevel.COUNTY,
                        "第三选区", HAIDONG, ProfessionalGroup.AGRICULTURE_AND_ECOLOGY, TWELFTH, CONTACT, "qr-1"));
        assertThat(vault.read(CONTACT)).contains(new PersonDetails("乌云其木格", PHONE, null));
    }

    @Test
    void shouldRegisterDeputyWithoutPhoneAndStoreNothing() {
        fixture.givenNoPriorActivity()
                .when(register(TWELFTH, null))
                .expectEvents(new DeputyRegistered(ID, "乌云其木格", Gender.FEMALE, "蒙古族", DeputyLevel.COUNTY,
                        "第三选区", HAIDONG, ProfessionalGroup.AGRICULTURE_AND_ECOLOGY, TWELFTH, null, "qr-1"));
        assertThat(vault.read(CONTACT)).isEmpty();
    }

    @Test
    void shouldKeepThePhoneOutOfTheCommandsText() {
        assertThat(register(TWELFTH, PHONE).toString()).doesNotContain(PHONE);
    }

    @Test
    void shouldRefuseTermEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(register(new DeputyTerm(12, 2026, 2021), PHONE))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("任期截止年份（2021）须晚于起始年份（2026）")
                .expectNoEvents();
        assertThat(vault.read(CONTACT)).isEmpty();
    }

    @Test
    void shouldTransferDeputyToAnotherStation() {
        fixture.given(registered())
                .when(new TransferDeputy(ID, HAIXI, "工作单位变动", null))
                .expectEvents(new DeputyTransferred(ID, HAIDONG, HAIXI, "工作单位变动"));
    }

    @Test
    void shouldRefuseTransferToTheCurrentStation() {
        fixture.given(registered(), new DeputyTransferred(ID, HAIDONG, HAIXI, null))
                .when(new TransferDeputy(ID, HAIXI, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表已在该站点，无需转站")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToTransferTerminatedDeputy() {
        fixture.given(registered(), terminated())
                .when(new TransferDeputy(ID, HAIXI, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「代表资格终止」，不能转站")
                .expectNoEvents();
    }

    @Test
    void shouldChangeProfessionalGroup() {
        fixture.given(registered())
                .when(new ChangeDeputyProfessionalGroup(ID, ProfessionalGroup.FINANCE_AND_ECONOMY, null))
                .expectEvents(new DeputyProfessionalGroupChanged(ID, ProfessionalGroup.AGRICULTURE_AND_ECOLOGY,
                        ProfessionalGroup.FINANCE_AND_ECONOMY));
    }

    @Test
    void shouldRefuseChangeToTheCurrentProfessionalGroup() {
        fixture.given(registered())
                .when(new ChangeDeputyProfessionalGroup(ID, ProfessionalGroup.AGRICULTURE_AND_ECOLOGY, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表已在「农业农村与生态」专业代表小组，无需调整")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToChangeProfessionalGroupAfterTheTermEnded() {
        fixture.given(registered(), new DeputyTermEnded(ID, null))
                .when(new ChangeDeputyProfessionalGroup(ID, ProfessionalGroup.FINANCE_AND_ECONOMY, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「任期届满」，不能调整专业代表小组");
    }

    @Test
    void shouldReplaceTheQrTokenOnReissue() {
        fixture.given(registered())
                .when(new ReissueDeputyQrCode(ID, "代表码被冒用", null))
                .expectEvents(new DeputyQrCodeReissued(ID, "qr-1", "代表码被冒用"));
    }

    @Test
    void shouldRefuseToReissueQrCodeOfTerminatedDeputy() {
        fixture.given(registered(), terminated())
                .when(new ReissueDeputyQrCode(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「代表资格终止」，不能重新生成代表码");
    }

    @Test
    void shouldAddDeputyToMediatorPool() {
        fixture.given(registered())
                .when(new AddDeputyToMediatorPool(ID, null))
                .expectEvents(new DeputyAddedToMediatorPool(ID));
    }

    @Test
    void shouldRefuseToAddDeputyAlreadyInThePool() {
        fixture.given(registered(), new DeputyAddedToMediatorPool(ID))
                .when(new AddDeputyToMediatorPool(ID, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」已在调解员库中")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToAddTerminatedDeputyToThePool() {
        fixture.given(registered(), terminated())
                .when(new AddDeputyToMediatorPool(ID, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「代表资格终止」，不能加入调解员库");
    }

    @Test
    void shouldRemoveDeputyFromMediatorPoolAndAllowRejoining() {
        fixture.given(registered(), new DeputyAddedToMediatorPool(ID))
                .when(new RemoveDeputyFromMediatorPool(ID, "本人申请", null))
                .expectEvents(new DeputyRemovedFromMediatorPool(ID, "本人申请"));

        fixture.given(registered(), new DeputyAddedToMediatorPool(ID), new DeputyRemovedFromMediatorPool(ID, null))
                .when(new AddDeputyToMediatorPool(ID, null))
                .expectEvents(new DeputyAddedToMediatorPool(ID));
    }

    @Test
    void shouldRefuseToRemoveDeputyNotInThePool() {
        fixture.given(registered())
                .when(new RemoveDeputyFromMediatorPool(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」不在调解员库中，无需移出")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToRemoveTerminatedDeputyFromThePool() {
        fixture.given(registered(), new DeputyAddedToMediatorPool(ID), terminated())
                .when(new RemoveDeputyFromMediatorPool(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「代表资格终止」，不能移出调解员库");
    }

    @Test
    void shouldEndTheTerm() {
        fixture.given(registered())
                .when(new EndDeputyTerm(ID, "第十三届代表选举产生", null))
                .expectEvents(new DeputyTermEnded(ID, "第十三届代表选举产生"));
    }

    @Test
    void shouldRefuseToEndTheTermTwice() {
        fixture.given(registered(), new DeputyTermEnded(ID, null))
                .when(new EndDeputyTerm(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「任期届满」，不能办理任期届满");
    }

    @Test
    void shouldTerminateMandateWithItsCause() {
        fixture.given(registered())
                .when(new TerminateDeputyMandate(ID, TerminationCause.MOVED_AWAY, "迁往外省工作", null))
                .expectEvents(terminated());
    }

    @Test
    void shouldTerminateMandateForAStatedCauseWithoutFurtherReason() {
        fixture.given(registered())
                .when(new TerminateDeputyMandate(ID, TerminationCause.RESIGNATION, null, null))
                .expectEvents(new DeputyMandateTerminated(ID, TerminationCause.RESIGNATION, null));
    }

    @Test
    void shouldRefuseOtherCauseWithoutExplanation() {
        fixture.given(registered())
                .when(new TerminateDeputyMandate(ID, TerminationCause.OTHER, " ", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("终止原因为「其他」时须写明具体情况")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToTerminateMandateAfterTheTermEnded() {
        fixture.given(registered(), new DeputyTermEnded(ID, null))
                .when(new TerminateDeputyMandate(ID, TerminationCause.DEATH, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「乌云其木格」当前状态为「任期届满」，不能终止代表资格")
                .expectNoEvents();
    }
}
