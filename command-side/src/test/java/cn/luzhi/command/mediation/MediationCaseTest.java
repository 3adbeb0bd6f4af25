package cn.luzhi.command.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ConfirmSettlementJudicially;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.ReleaseMediator;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.events.mediation.WithdrawMediationCase;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediationCaseTest {

    private static final MediationCaseId ID = new MediationCaseId("m-1");
    private static final HandlingUnitId COURT = new HandlingUnitId("u-court");
    private static final RegionId REGION = new RegionId("150102001");
    private static final DeputyId LI = new DeputyId("d-li");
    private static final DeputyId ZHAO = new DeputyId("d-zhao");
    private static final DeputyId SUN = new DeputyId("d-sun");
    private static final PersonDetails TENANT = new PersonDetails("张大山", "13800001234", null);
    private static final PersonDetails LANDLORD = new PersonDetails("某某物业服务有限公司", "0471-6661234", null);
    private static final List<PersonRef> PARTY_REFS = List.of(new PersonRef("person-1"), new PersonRef("person-2"));
    private static final String SUMMARY = "业主拒交物业费两年，物业公司起诉前经法院委派调解";
    private static final Instant SOME_DUE = Instant.parse("2099-12-31T16:00:00Z");
    private static final Instant LAPSED_DUE = Instant.parse("2000-01-31T16:00:00Z");

    private static ValidatorFactory validation;

    private final DeadlinePolicy policy = DeadlinePolicy.defaults();
    private final RecordingVault vault = new RecordingVault();
    private FixtureConfiguration<MediationCase> fixture;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MediationCase.class);
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(vault);
    }

    private static ReferMediationCase refer(BigDecimal amountInDispute) {
        return new ReferMediationCase(ID, COURT, DisputeType.PROPERTY_MANAGEMENT, REGION, List.of(TENANT, LANDLORD),
                amountInDispute, SUMMARY);
    }

    private static MediationCaseReferred referred(Instant dueAt) {
        return new MediationCaseReferred(ID, COURT, DisputeType.PROPERTY_MANAGEMENT, REGION, PARTY_REFS,
                new BigDecimal("12000.00"), SUMMARY, dueAt);
    }

    private static MediatorsAssigned assigned(DeputyId... deputies) {
        return new MediatorsAssigned(ID, List.of(deputies), null);
    }

    private static MediationSessionHeld session(int number, Instant heldAt) {
        return new MediationSessionHeld(ID, number, LI, heldAt, "某街道代表联络站", "双方陈述意见");
    }

    /** A case being mediated by deputy Li, with one session held. */
    private static Object[] mediating() {
        return new Object[]{referred(SOME_DUE), assigned(LI), session(1, Instant.parse("2026-01-05T02:00:00Z"))};
    }

    private static Object[] settled() {
        return new Object[]{referred(SOME_DUE), assigned(LI), session(1, Instant.parse("2026-01-05T02:00:00Z")),
                new MediationCaseSettled(ID, "业主分三期补交物业费", new BigDecimal("9000.00"))};
    }

    /** The case must refuse the command as breaking a rule about {@code field} (the API answers 422). */
    private static Matcher<CommandRefused> refusedBecauseOf(String field, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refused) {
                return field.equals(refused.field()) && message.equals(refused.getMessage());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal of field " + field + ": " + message);
            }
        };
    }

    /** The command's fields the API's bean validation would reject. */
    private static Set<String> violatedFields(Object command) {
        Validator validator = validation.getValidator();
        return validator.validate(command).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    // Referral

    @Test
    void shouldReferCaseWithPartiesInVaultAmountInTwoDecimalsAndMediationPeriodScheduled() {
        TestExecutor<MediationCase> given = fixture.givenNoPriorActivity();
        Instant due = given.currentTime().plus(policy.mediationPeriod());
        given.when(refer(new BigDecimal("12000")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(referred(due))
                .expectScheduledDeadlineWithName(policy.mediationPeriod(), MediationCase.MEDIATION_DUE);
        assertThat(vault.read(PARTY_REFS.get(0))).contains(TENANT);
        assertThat(vault.read(PARTY_REFS.get(1))).contains(LANDLORD);
    }

    @Test
    void shouldReferCaseWithoutAmountWhenDisputeIsNotAboutMoney() {
        TestExecutor<MediationCase> given = fixture.givenNoPriorActivity();
        given.when(new ReferMediationCase(ID, COURT, DisputeType.NEIGHBOURS, REGION, List.of(TENANT, LANDLORD),
                        null, "围墙越界"))
                .expectEvents(new MediationCaseReferred(ID, COURT, DisputeType.NEIGHBOURS, REGION, PARTY_REFS, null,
                        "围墙越界", given.currentTime().plus(policy.mediationPeriod())));
    }

    @Test
    void shouldRequireAtLeastTwoPartiesInReferral() {
        ReferMediationCase onlyOne = new ReferMediationCase(ID, COURT, DisputeType.CONTRACT, REGION, List.of(TENANT),
                null, SUMMARY);
        assertThat(violatedFields(onlyOne)).containsExactly("parties");
        assertThat(violatedFields(refer(null))).isEmpty();
    }

    @Test
    void shouldRequireAmountsNotNegativeWithAtMostTwoDecimals() {
        assertThat(violatedFields(refer(new BigDecimal("-0.01")))).containsExactly("amountInDispute");
        assertThat(violatedFields(refer(new BigDecimal("10.005")))).containsExactly("amountInDispute");
        assertThat(violatedFields(new SettleMediationCase(ID, "协议", new BigDecimal("-1"), null)))
                .containsExactly("settledAmount");
        assertThat(violatedFields(refer(new BigDecimal("0.50")))).isEmpty();
    }

    // Mediators

    @Test
    void shouldAssignMediatorsOnceEachAndStartMediating() {
        fixture.given(referred(SOME_DUE))
                .when(new AssignMediators(ID, List.of(LI, ZHAO, LI), "熟悉物业纠纷", null))
                .expectEvents(new MediatorsAssigned(ID, List.of(LI, ZHAO), "熟悉物业纠纷"));
    }

    @Test
    void shouldRefuseToAssignMediatorAlreadyOnTheCase() {
        fixture.given(referred(SOME_DUE), assigned(LI))
                .when(new AssignMediators(ID, List.of(ZHAO, LI), null, null))
                .expectException(refusedBecauseOf("deputyIds", "代表「d-li」已是本案调解员，不能重复指派"))
                .expectNoEvents();
    }

    @Test
    void shouldAssignReleasedMediatorAgain() {
        fixture.given(referred(SOME_DUE), assigned(LI, ZHAO), new MediatorReleased(ID, LI, "出差"))
                .when(new AssignMediators(ID, List.of(LI), "出差归来", null))
                .expectEvents(new MediatorsAssigned(ID, List.of(LI), "出差归来"));
    }

    @Test
    void shouldRefuseToAssignMediatorsToEndedCase() {
        fixture.given(settled())
                .when(new AssignMediators(ID, List.of(ZHAO), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解成功」，不能指派调解员")
                .expectNoEvents();
    }

    @Test
    void shouldReleaseOneOfSeveralMediators() {
        fixture.given(referred(SOME_DUE), assigned(LI, ZHAO))
                .when(new ReleaseMediator(ID, ZHAO, "与一方当事人系亲属，申请回避", null))
                .expectEvents(new MediatorReleased(ID, ZHAO, "与一方当事人系亲属，申请回避"));
    }

    @Test
    void shouldRefuseToReleaseTheLastMediator() {
        fixture.given(referred(SOME_DUE), assigned(LI, ZHAO), new MediatorReleased(ID, ZHAO, "回避"))
                .when(new ReleaseMediator(ID, LI, "工作调动", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本案只有这一名调解员，须先指派接替的调解员才能撤换")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToReleaseDeputyWhoIsNotMediator() {
        fixture.given(referred(SOME_DUE), assigned(LI, ZHAO))
                .when(new ReleaseMediator(ID, SUN, "误指派", null))
                .expectException(refusedBecauseOf("deputyId", "代表「d-sun」不是本案调解员"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToReleaseMediatorOfWithdrawnCase() {
        fixture.given(referred(SOME_DUE), assigned(LI, ZHAO), new MediationCaseWithdrawn(ID, "已自行和解"))
                .when(new ReleaseMediator(ID, ZHAO, "结案", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「已撤回」，不能撤换调解员")
                .expectNoEvents();
    }

    // Sessions

    @Test
    void shouldRecordNumberedSessionByAssignedMediator() {
        TestExecutor<MediationCase> given = fixture.given(mediating());
        Instant now = given.currentTime();
        given.when(new RecordMediationSession(ID, LI, now, "某街道代表联络站", "达成初步意向", null))
                .expectEvents(new MediationSessionHeld(ID, 2, LI, now, "某街道代表联络站", "达成初步意向"));
    }

    @Test
    void shouldRefuseSessionBeforeAnyMediatorIsAssigned() {
        TestExecutor<MediationCase> given = fixture.given(referred(SOME_DUE));
        given.when(new RecordMediationSession(ID, LI, given.currentTime(), "法院诉讼服务中心", "电话联系", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本案尚未指派调解员，不能记录调解")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSessionByReleasedMediator() {
        TestExecutor<MediationCase> given = fixture.given(referred(SOME_DUE), assigned(LI, ZHAO),
                new MediatorReleased(ID, ZHAO, "回避"));
        given.when(new RecordMediationSession(ID, ZHAO, given.currentTime(), "联络站", "调解", null))
                .expectException(refusedBecauseOf("mediatorId", "代表「d-zhao」不是本案调解员"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSessionDatedInTheFuture() {
        TestExecutor<MediationCase> given = fixture.given(mediating());
        Instant tomorrow = given.currentTime().plus(Duration.ofDays(1));
        given.when(new RecordMediationSession(ID, LI, tomorrow, "联络站", "调解", null))
                .expectException(refusedBecauseOf("heldAt", "调解时间不能晚于当前时间"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSessionDatedBeforeTheReferral() {
        // Given events are stamped with the fixture's clock, so the referral happened "now".
        TestExecutor<MediationCase> given = fixture.given(referred(SOME_DUE), assigned(LI));
        Instant yesterday = given.currentTime().minus(Duration.ofDays(1));
        given.when(new RecordMediationSession(ID, LI, yesterday, "联络站", "调解", null))
                .expectException(refusedBecauseOf("heldAt", "调解时间不能早于法院委派调解的时间"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSessionOnFailedCase() {
        TestExecutor<MediationCase> given = fixture.given(mediating())
                .andGiven(new MediationCaseFailed(ID, "被告拒绝调解"));
        given.when(new RecordMediationSession(ID, LI, given.currentTime(), "联络站", "调解", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解不成」，不能记录调解")
                .expectNoEvents();
    }

    // Mediation period

    @Test
    void shouldExtendPeriodOnceAndIgnoreTheSupersededDeadline() {
        TestExecutor<MediationCase> given = fixture.givenCommands(refer(null));
        Instant due = given.currentTime().plus(policy.mediationPeriod());
        Instant extended = due.plus(policy.mediationExtension());
        given.when(new ExtendMediationPeriod(ID, "双方同意继续协商", null))
                .expectEvents(new MediationPeriodExtended(ID, due, extended, "双方同意继续协商"))
                .expectScheduledDeadlineWithName(policy.mediationPeriod().plus(policy.mediationExtension()),
                        MediationCase.MEDIATION_DUE);

        fixture.givenCommands(refer(null), new ExtendMediationPeriod(ID, "双方同意继续协商", null))
                .whenThenTimeElapses(policy.mediationPeriod().plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSecondExtension() {
        fixture.given(referred(SOME_DUE), new MediationPeriodExtended(ID, SOME_DUE,
                        SOME_DUE.plus(policy.mediationExtension()), "双方同意"))
                .when(new ExtendMediationPeriod(ID, "再延一次", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解期限已延长过一次，不能再次延长")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseExtensionAfterThePeriodLapsed() {
        fixture.given(referred(LAPSED_DUE), assigned(LI))
                .when(new ExtendMediationPeriod(ID, "补办延期", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解期限已届满，不能再延长")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToExtendSettledCase() {
        fixture.given(settled())
                .when(new ExtendMediationPeriod(ID, "延期", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解成功」，不能延长调解期限")
                .expectNoEvents();
    }

    @Test
    void shouldApplyOverdueNamingMediatorsWhenPeriodPassesWithCaseOpen() {
        TestExecutor<MediationCase> given = fixture.givenCommands(refer(null),
                new AssignMediators(ID, List.of(LI, ZHAO), null, null));
        Instant due = given.currentTime().plus(policy.mediationPeriod());
        given.whenThenTimeElapses(policy.mediationPeriod().plusSeconds(1))
                .expectDeadlinesMet(new MediationCase.MediationDue(due))
                .expectEvents(new MediationOverdue(ID, due, List.of(LI, ZHAO)));
    }

    @Test
    void shouldApplyOverdueAtTheEndOfTheExtendedPeriod() {
        TestExecutor<MediationCase> given = fixture.givenCommands(refer(null),
                new ExtendMediationPeriod(ID, "双方同意继续协商", null));
        Instant extended = given.currentTime().plus(policy.mediationPeriod()).plus(policy.mediationExtension());
        given.whenThenTimeElapses(policy.mediationPeriod().plus(policy.mediationExtension()).plusSeconds(1))
                .expectEvents(new MediationOverdue(ID, extended, List.of()));
    }

    @Test
    void shouldNotApplyOverdueToCaseSettledInTime() {
        TestExecutor<MediationCase> given = fixture.givenCommands(refer(null),
                new AssignMediators(ID, List.of(LI), null, null));
        given.andGivenCommands(
                        new RecordMediationSession(ID, LI, given.currentTime(), "联络站", "达成协议", null),
                        new SettleMediationCase(ID, "补交物业费", null, null))
                .whenThenTimeElapses(policy.mediationPeriod().plusSeconds(1))
                .expectNoEvents();
    }

    // Outcomes

    @Test
    void shouldSettleAfterSessionWithAmountInTwoDecimals() {
        fixture.given(mediating())
                .when(new SettleMediationCase(ID, "业主分三期补交物业费", new BigDecimal("9000"), null))
                .expectEvents(new MediationCaseSettled(ID, "业主分三期补交物业费", new BigDecimal("9000.00")));
    }

    @Test
    void shouldRefuseToSettleWithoutAnySession() {
        fixture.given(referred(SOME_DUE), assigned(LI))
                .when(new SettleMediationCase(ID, "口头同意", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本案尚无调解记录，不能登记调解成功")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToSettleFailedCaseSoOutcomesStayFinal() {
        fixture.given(mediating())
                .andGiven(new MediationCaseFailed(ID, "分歧过大"))
                .when(new SettleMediationCase(ID, "又同意了", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解不成」，不能登记调解成功")
                .expectNoEvents();
    }

    @Test
    void shouldFailCaseEvenWithoutSessionWhenPartyRefusesMediation() {
        fixture.given(referred(SOME_DUE))
                .when(new FailMediationCase(ID, "被告明确拒绝调解", null))
                .expectEvents(new MediationCaseFailed(ID, "被告明确拒绝调解"));
    }

    @Test
    void shouldRefuseToFailSettledCase() {
        fixture.given(settled())
                .when(new FailMediationCase(ID, "反悔", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解成功」，不能登记调解不成")
                .expectNoEvents();
    }

    @Test
    void shouldWithdrawOpenCase() {
        fixture.given(mediating())
                .when(new WithdrawMediationCase(ID, "双方已自行和解", null))
                .expectEvents(new MediationCaseWithdrawn(ID, "双方已自行和解"));
    }

    @Test
    void shouldRefuseToWithdrawEndedCase() {
        fixture.given(referred(SOME_DUE), new MediationCaseWithdrawn(ID, "自行和解"))
                .when(new WithdrawMediationCase(ID, "再次撤回", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「已撤回」，不能撤回")
                .expectNoEvents();
    }

    // After mediation

    @Test
    void shouldConfirmSettlementJudicially() {
        fixture.given(settled())
                .when(new ConfirmSettlementJudicially(ID, "（2026）内0102民特15号", null))
                .expectEvents(new SettlementJudiciallyConfirmed(ID, "（2026）内0102民特15号"));
    }

    @Test
    void shouldRefuseJudicialConfirmationOfCaseStillMediating() {
        fixture.given(mediating())
                .when(new ConfirmSettlementJudicially(ID, "（2026）内0102民特15号", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解中」，不能司法确认")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSecondJudicialConfirmation() {
        fixture.given(settled())
                .andGiven(new SettlementJudiciallyConfirmed(ID, "（2026）内0102民特15号"))
                .when(new ConfirmSettlementJudicially(ID, "（2026）内0102民特16号", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本案调解协议已经司法确认，不能重复确认")
                .expectNoEvents();
    }

    @Test
    void shouldFollowUpSettledCaseWithTheRating() {
        fixture.given(settled())
                .when(new FollowUpMediationCase(ID, "首期款已支付", Satisfaction.SATISFIED, null))
                .expectEvents(new MediationCaseFollowedUp(ID, "首期款已支付", Satisfaction.SATISFIED));
    }

    @Test
    void shouldFollowUpWithdrawnCaseWithoutRating() {
        fixture.given(referred(SOME_DUE), new MediationCaseWithdrawn(ID, "自行和解"))
                .when(new FollowUpMediationCase(ID, "双方未再发生纠纷", null, null))
                .expectEvents(new MediationCaseFollowedUp(ID, "双方未再发生纠纷", null));
    }

    @Test
    void shouldRefuseFollowUpWhileStillMediating() {
        fixture.given(mediating())
                .when(new FollowUpMediationCase(ID, "回访", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解案件当前状态为「调解中」，不能回访")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseFollowUpOfFailedCaseNowInLitigation() {
        fixture.given(mediating())
                .andGiven(new MediationCaseFailed(ID, "分歧过大"))
                .when(new FollowUpMediationCase(ID, "回访", Satisfaction.UNSATISFIED, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("调解不成的案件已转入诉讼，不再回访")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSecondFollowUp() {
        fixture.given(settled())
                .andGiven(new MediationCaseFollowedUp(ID, "已履行", Satisfaction.SATISFIED))
                .when(new FollowUpMediationCase(ID, "再次回访", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("本案已回访，不能重复回访")
                .expectNoEvents();
    }
}
