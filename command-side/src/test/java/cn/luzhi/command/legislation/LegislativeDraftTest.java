package cn.luzhi.command.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.legislation.CloseCommentPeriod;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.CommentPeriodClosed;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.ForwardOpinions;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.LegislativeFeedbackRecorded;
import cn.luzhi.events.legislation.MergeOpinions;
import cn.luzhi.events.legislation.OpenDraftForComment;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.legislation.OpinionsForwarded;
import cn.luzhi.events.legislation.OpinionsMerged;
import cn.luzhi.events.legislation.RecordLegislativeFeedback;
import cn.luzhi.events.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegislativeDraftTest {

    private static final LegislativeDraftId ID = LegislativeDraftId.of("l-1");
    private static final StationId POINT = StationId.of("s-point");
    private static final StationId OTHER = StationId.of("s-other");
    private static final DeputyId WANG = DeputyId.of("d-wang");
    private static final String TITLE = "某市物业管理条例（修订草案征求意见稿）";
    private static final String LEGISLATURE = "某市人大常委会法制工作委员会";
    private static final LocalDate FAR = LocalDate.of(2099, 3, 31);
    private static final Instant FAR_CLOSES = Instant.parse("2099-03-31T16:00:00Z");
    private static final PersonDetails CITIZEN = new PersonDetails("李秀英", "13900001111", null);

    private final RecordingVault vault = new RecordingVault();
    private FixtureConfiguration<LegislativeDraft> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegislativeDraft.class);
        fixture.registerInjectableResource(vault);
    }

    /** The fixture's clock, which the aggregate reads. */
    private Instant now() {
        return fixture.givenNoPriorActivity().currentTime();
    }

    private static DraftOpenedForComment opened() {
        return new DraftOpenedForComment(ID, TITLE, LEGISLATURE, "第一条 为了规范物业管理活动……", null, FAR, FAR_CLOSES,
                List.of(POINT));
    }

    private static OpinionCollected collected(int number) {
        return new OpinionCollected(ID, number, OpinionSource.CLERK, POINT, null, null, "第" + number + "条",
                "建议明确业主委员会的备案期限" + number);
    }

    private static CollectOpinion byClerk(StationId station) {
        return new CollectOpinion(ID, OpinionSource.CLERK, station, null, null, null, "建议增加公共收益公示的规定", null);
    }

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

    // Opening

    @Test
    void shouldOpenForCommentUntilTheEndOfTheClosingDayInChina() {
        LocalDate closesOn = LocalDate.ofInstant(now(), LegislativeDraft.CHINA).plusDays(10);
        Instant closesAt = closesOn.plusDays(1).atStartOfDay(LegislativeDraft.CHINA).toInstant();
        fixture.givenNoPriorActivity()
                .when(new OpenDraftForComment(ID, TITLE, LEGISLATURE, " ", "https://www.example.gov.cn/draft.pdf",
                        closesOn, List.of(POINT, POINT)))
                .expectEvents(new DraftOpenedForComment(ID, TITLE, LEGISLATURE, null,
                        "https://www.example.gov.cn/draft.pdf", closesOn, closesAt, List.of(POINT)))
                .expectScheduledDeadlineWithName(Duration.between(now(), closesAt),
                        LegislativeDraft.COMMENT_PERIOD_ENDS);
    }

    @Test
    void shouldRefuseADraftWithoutTextOrLink() {
        fixture.givenNoPriorActivity()
                .when(new OpenDraftForComment(ID, TITLE, LEGISLATURE, null, " ", FAR, List.of(POINT)))
                .expectException(refusedBecauseOf("text", "请填写草案文本或草案链接（至少一项）"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAClosingDateInThePast() {
        LocalDate yesterday = LocalDate.ofInstant(now(), LegislativeDraft.CHINA).minusDays(1);
        fixture.givenNoPriorActivity()
                .when(new OpenDraftForComment(ID, TITLE, LEGISLATURE, "全文", null, yesterday, List.of(POINT)))
                .expectException(refusedBecauseOf("closesOn", "截止日期不能早于今天"))
                .expectNoEvents();
    }

    // Collecting

    @Test
    void shouldNumberOpinionsAndKeepTheCitizenInTheVault() {
        fixture.given(opened(), collected(1))
                .when(new CollectOpinion(ID, OpinionSource.CITIZEN, POINT, null, CITIZEN, " ", "停车位应优先出租给业主",
                        null))
                .expectResultMessagePayload(2)
                .expectEvents(new OpinionCollected(ID, 2, OpinionSource.CITIZEN, POINT, null,
                        new PersonRef("person-1"), null, "停车位应优先出租给业主"));
        assertThat(vault.read(new PersonRef("person-1"))).contains(CITIZEN);
    }

    @Test
    void shouldTakeADeputysOpinionInTheirName() {
        fixture.given(opened())
                .when(new CollectOpinion(ID, OpinionSource.DEPUTY, POINT, WANG, null, "第十二条", "维修资金使用程序过繁", null))
                .expectEvents(new OpinionCollected(ID, 1, OpinionSource.DEPUTY, POINT, WANG, null, "第十二条",
                        "维修资金使用程序过繁"));
    }

    @Test
    void shouldRefuseOpinionsWhoseSourceDoesNotMatchWhoIsNamed() {
        fixture.given(opened())
                .when(new CollectOpinion(ID, OpinionSource.DEPUTY, POINT, null, null, null, "意见", null))
                .expectException(refusedBecauseOf("deputyId", "代表收集的意见须注明收集的代表"))
                .expectNoEvents();
        fixture.given(opened())
                .when(new CollectOpinion(ID, OpinionSource.CLERK, POINT, WANG, null, null, "意见", null))
                .expectException(refusedBecauseOf("deputyId", "只有代表收集的意见才注明代表"))
                .expectNoEvents();
        fixture.given(opened())
                .when(new CollectOpinion(ID, OpinionSource.CITIZEN, POINT, null, null, null, "意见", null))
                .expectException(refusedBecauseOf("citizen", "群众提交的意见须留下姓名和联系电话"))
                .expectNoEvents();
        fixture.given(opened())
                .when(new CollectOpinion(ID, OpinionSource.CLERK, POINT, null, CITIZEN, null, "意见", null))
                .expectException(refusedBecauseOf("citizen", "只有群众提交的意见才登记提交人信息"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseOpinionsAtAnotherStation() {
        fixture.given(opened())
                .when(byClerk(OTHER))
                .expectException(refusedBecauseOf("stationId", "站点「s-other」不是本草案的征求意见联系点"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseOpinionsAfterTheClosingTimeEvenBeforeTheDeadlineFired() {
        Instant past = Instant.parse("2000-01-01T16:00:00Z");
        fixture.given(new DraftOpenedForComment(ID, TITLE, LEGISLATURE, "全文", null, LocalDate.of(2000, 1, 1), past,
                        List.of(POINT)))
                .when(byClerk(POINT))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("征求意见已过截止时间，不再收集意见")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseOpinionsOnceClosed() {
        fixture.given(opened(), new CommentPeriodClosed(ID, false))
                .when(byClerk(POINT))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("该草案征求意见当前状态为「征求意见已截止」，不能收集意见")
                .expectNoEvents();
    }

    // Merging

    @Test
    void shouldMergeDuplicatesIntoOneOpinion() {
        fixture.given(opened(), collected(1), collected(2), collected(3))
                .when(new MergeOpinions(ID, List.of(2, 3), 1, "内容相同", null))
                .expectEvents(new OpinionsMerged(ID, List.of(2, 3), 1));
    }

    @Test
    void shouldRefuseToMergeAnOpinionAlreadyMerged() {
        fixture.given(opened(), collected(1), collected(2), collected(3), new OpinionsMerged(ID, List.of(2), 1))
                .when(new MergeOpinions(ID, List.of(2), 3, "重复", null))
                .expectException(refusedBecauseOf("duplicateNumbers", "第2条意见已并入第1条"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToMergeAMissingOpinion() {
        fixture.given(opened(), collected(1), collected(2))
                .when(new MergeOpinions(ID, List.of(5), 1, "重复", null))
                .expectException(refusedBecauseOf("duplicateNumbers", "没有第5条意见"))
                .expectNoEvents();
    }

    // Closing

    @Test
    void shouldCloseWhenTheClerkSays() {
        fixture.given(opened())
                .when(new CloseCommentPeriod(ID, "立法机关提前结束征求意见", null))
                .expectEvents(new CommentPeriodClosed(ID, false));
    }

    @Test
    void shouldCloseByItselfAtTheClosingDate() {
        LocalDate closesOn = LocalDate.now(LegislativeDraft.CHINA).plusDays(3);
        Instant closesAt = closesOn.plusDays(1).atStartOfDay(LegislativeDraft.CHINA).toInstant();
        TestExecutor<LegislativeDraft> given = fixture.givenCommands(
                new OpenDraftForComment(ID, TITLE, LEGISLATURE, "全文", null, closesOn, List.of(POINT)));
        given.whenThenTimeElapses(Duration.between(given.currentTime(), closesAt).plusSeconds(1))
                .expectDeadlinesMet(new LegislativeDraft.CommentPeriodEnds(closesAt))
                .expectEvents(new CommentPeriodClosed(ID, true));
    }

    @Test
    void shouldIgnoreTheDeadlineOfAPeriodClosedEarlier() {
        LocalDate closesOn = LocalDate.now(LegislativeDraft.CHINA).plusDays(3);
        Instant closesAt = closesOn.plusDays(1).atStartOfDay(LegislativeDraft.CHINA).toInstant();
        TestExecutor<LegislativeDraft> given = fixture.givenCommands(
                new OpenDraftForComment(ID, TITLE, LEGISLATURE, "全文", null, closesOn, List.of(POINT)),
                new CloseCommentPeriod(ID, null, null));
        given.whenThenTimeElapses(Duration.between(given.currentTime(), closesAt).plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToCloseTwice() {
        fixture.given(opened(), new CommentPeriodClosed(ID, true))
                .when(new CloseCommentPeriod(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("该草案征求意见当前状态为「征求意见已截止」，不能截止征求意见")
                .expectNoEvents();
    }

    // Forwarding and feedback

    @Test
    void shouldForwardTheConsolidatedOpinions() {
        TestExecutor<LegislativeDraft> given = fixture.given(opened(), collected(1), collected(2),
                new CommentPeriodClosed(ID, true));
        LocalDate today = LocalDate.ofInstant(given.currentTime(), LegislativeDraft.CHINA);
        given.when(new ForwardOpinions(ID, List.of(1, 2), today, "经整理报送", null))
                .expectEvents(new OpinionsForwarded(ID, List.of(1, 2), today, "经整理报送"));
    }

    @Test
    void shouldRefuseToForwardBeforeTheRoundCloses() {
        fixture.given(opened(), collected(1))
                .when(new ForwardOpinions(ID, List.of(1), LocalDate.of(2026, 1, 5), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("该草案征求意见当前状态为「征求意见中」，不能报送意见")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAForwardingDateInTheFuture() {
        fixture.given(opened(), collected(1), new CommentPeriodClosed(ID, true))
                .when(new ForwardOpinions(ID, List.of(1), FAR, null, null))
                .expectException(refusedBecauseOf("forwardedOn", "报送日期不能晚于今天"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToForwardAMergedOpinion() {
        fixture.given(opened(), collected(1), collected(2), new OpinionsMerged(ID, List.of(2), 1),
                        new CommentPeriodClosed(ID, true))
                .when(new ForwardOpinions(ID, List.of(1, 2), LocalDate.of(2026, 1, 5), null, null))
                .expectException(refusedBecauseOf("opinionNumbers", "第2条意见已并入第1条"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToForwardWhenNothingWasCollected() {
        fixture.given(opened(), new CommentPeriodClosed(ID, true))
                .when(new ForwardOpinions(ID, List.of(1), LocalDate.of(2026, 1, 5), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("尚未收集到意见，无可报送")
                .expectNoEvents();
    }

    @Test
    void shouldRecordWhichForwardedOpinionsWereAdopted() {
        fixture.given(opened(), collected(1), collected(2), new CommentPeriodClosed(ID, true),
                        new OpinionsForwarded(ID, List.of(1, 2), LocalDate.of(2026, 1, 5), null))
                .when(new RecordLegislativeFeedback(ID, List.of(2), "第2条意见已在修改稿中吸收", null))
                .expectEvents(new LegislativeFeedbackRecorded(ID, List.of(2), "第2条意见已在修改稿中吸收"));
    }

    @Test
    void shouldRefuseToAdoptAnOpinionThatWasNotForwarded() {
        fixture.given(opened(), collected(1), collected(2), new CommentPeriodClosed(ID, true),
                        new OpinionsForwarded(ID, List.of(1), LocalDate.of(2026, 1, 5), null))
                .when(new RecordLegislativeFeedback(ID, List.of(2), "采纳", null))
                .expectException(refusedBecauseOf("adoptedNumbers", "第2条意见未报送，不能登记为采纳"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseFeedbackTwice() {
        fixture.given(opened(), collected(1), new CommentPeriodClosed(ID, true),
                        new OpinionsForwarded(ID, List.of(1), LocalDate.of(2026, 1, 5), null),
                        new LegislativeFeedbackRecorded(ID, List.of(), "均未采纳"))
                .when(new RecordLegislativeFeedback(ID, List.of(1), "更正", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("该草案征求意见当前状态为「已反馈采纳情况」，不能登记采纳情况")
                .expectNoEvents();
    }
}
