package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.store.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LivelihoodProjectTest {

    private static final BallotId BALLOT = new BallotId("b-2026");
    private static final String CANDIDATE = "c-park";
    private static final LivelihoodProjectId ID = LivelihoodProject.idFor(BALLOT, CANDIDATE);
    private static final RegionId REGION = new RegionId("150102");
    private static final DeputyId D1 = new DeputyId("d-1");
    private static final DeputyId D2 = new DeputyId("d-2");
    /** 09:00 on 5 March in Beijing time. */
    private static final Instant NOW = Instant.parse("2026-03-05T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-05");
    private static final ProjectMilestone DESIGN = new ProjectMilestone("完成设计", LocalDate.parse("2026-04-30"));
    private static final ProjectMilestone BUILD = new ProjectMilestone("主体完工", LocalDate.parse("2026-09-30"));
    private static final ProjectMilestone HANDOVER = new ProjectMilestone("验收移交", LocalDate.parse("2026-11-30"));

    private FixtureConfiguration<LivelihoodProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LivelihoodProject.class);
    }

    @Test
    void shouldComeIntoBeingApprovedByItsBallot() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new LivelihoodProject(approved()))
                .expectEvents(approved());
    }

    // ---- milestones

    @Test
    void shouldPlanMilestones() {
        givenAt(approved())
                .when(new PlanProjectMilestones(ID, List.of(DESIGN, BUILD), null))
                .expectEvents(new ProjectMilestonesPlanned(ID, List.of(DESIGN, BUILD)));
    }

    @Test
    void shouldReplanKeepingTheMilestonesReached() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 20, "设计通过评审", DESIGN.name()))
                .when(new PlanProjectMilestones(ID, List.of(DESIGN, BUILD, HANDOVER), null))
                .expectEvents(new ProjectMilestonesPlanned(ID, List.of(DESIGN, BUILD, HANDOVER)));
    }

    @Test
    void shouldRefuseMilestoneNamedTwice() {
        givenAt(approved())
                .when(new PlanProjectMilestones(ID, List.of(DESIGN, new ProjectMilestone(DESIGN.name(), TODAY)), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("里程碑「完成设计」重复")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToDropMilestoneAlreadyReached() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 20, "设计通过评审", DESIGN.name()))
                .when(new PlanProjectMilestones(ID, List.of(BUILD, HANDOVER), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("里程碑「完成设计」已经达成，不能从计划中删去");
    }

    @Test
    void shouldRefuseToPlanCompletedProject() {
        givenAt(completedHistory())
                .when(new PlanProjectMilestones(ID, List.of(HANDOVER), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("项目当前状态为「已完工」，不能制定里程碑计划");
    }

    // ---- progress

    @Test
    void shouldRecordProgressWithTheMilestoneReached() {
        givenAt(approved(), planned())
                .when(new RecordProjectProgress(ID, 25, "设计通过评审", DESIGN.name(), null))
                .expectEvents(new ProjectProgressRecorded(ID, 25, "设计通过评审", DESIGN.name()));
    }

    @Test
    void shouldRecordProgressAtTheSamePercentWithANewNote() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 40, "施工中", null))
                .when(new RecordProjectProgress(ID, 40, "雨季停工一周", null, null))
                .expectEvents(new ProjectProgressRecorded(ID, 40, "雨季停工一周", null));
    }

    @Test
    void shouldRefuseProgressGoingBackwards() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 40, "施工中", null))
                .when(new RecordProjectProgress(ID, 30, "重新估算", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("进度不能倒退：项目已完成40%")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseMilestoneNotInThePlan() {
        givenAt(approved(), planned())
                .when(new RecordProjectProgress(ID, 30, "绿化完成", "绿化", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("里程碑「绿化」不在项目计划中");
    }

    @Test
    void shouldRefuseMilestoneReachedTwice() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 25, "设计通过评审", DESIGN.name()))
                .when(new RecordProjectProgress(ID, 30, "设计再次评审", DESIGN.name(), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("里程碑「完成设计」已经达成过");
    }

    @Test
    void shouldRefuseProgressOnCompletedProject() {
        givenAt(completedHistory())
                .when(new RecordProjectProgress(ID, 100, "补充说明", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("项目当前状态为「已完工」，不能登记进度");
    }

    // ---- inspection

    @Test
    void shouldRecordInspectionByEachDeputyOnce() {
        givenAt(approved(), planned())
                .when(new InspectProject(ID, List.of(D1, D2, D1), TODAY, "工期滞后，建议加快进度", null))
                .expectEvents(new ProjectInspected(ID, List.of(D1, D2), TODAY, "工期滞后，建议加快进度"));
    }

    @Test
    void shouldInspectCompletedProject() {
        givenAt(completedHistory())
                .when(new InspectProject(ID, List.of(D1), TODAY, "验收视察，质量良好", null))
                .expectEvents(new ProjectInspected(ID, List.of(D1), TODAY, "验收视察，质量良好"));
    }

    @Test
    void shouldCountInspectionDaysInBeijingTime() {
        // 17:00 UTC on 4 March is already 01:00 on 5 March in Beijing.
        fixture.givenCurrentTime(Instant.parse("2026-03-04T17:00:00Z")).andGiven(approved())
                .when(new InspectProject(ID, List.of(D1), TODAY, "现场查看", null))
                .expectEvents(new ProjectInspected(ID, List.of(D1), TODAY, "现场查看"));
    }

    @Test
    void shouldRefuseInspectionDatedInTheFuture() {
        givenAt(approved())
                .when(new InspectProject(ID, List.of(D1), TODAY.plusDays(1), "计划视察", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("视察日期不能晚于今天")
                .expectNoEvents();
    }

    // ---- completion and rating

    @Test
    void shouldCompleteAtFullProgress() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 100, "全部完工", BUILD.name()))
                .when(new CompleteProject(ID, "已通过竣工验收", null))
                .expectEvents(new ProjectCompleted(ID, "已通过竣工验收"));
    }

    @Test
    void shouldRefuseToCompleteBelowFullProgress() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 90, "收尾", null))
                .when(new CompleteProject(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("项目进度为90%，须达到100%才能完工");
    }

    @Test
    void shouldRefuseToCompleteTwice() {
        givenAt(completedHistory())
                .when(new CompleteProject(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("项目当前状态为「已完工」，不能完工");
    }

    @Test
    void shouldRecordSatisfactionAssessmentOfCompletedProject() {
        givenAt(completedHistory())
                .when(new RateProject(ID, 120, 35, 6, "常委会组成人员测评", null))
                .expectEvents(new ProjectRated(ID, 120, 35, 6, "常委会组成人员测评"));
    }

    @Test
    void shouldRefuseToRateBeforeCompletion() {
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 100, "全部完工", null))
                .when(new RateProject(ID, 10, 2, 1, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("项目当前状态为「实施中」，不能满意度测评");
    }

    @Test
    void shouldRefuseToRateTwice() {
        givenAt(completedHistory()).andGiven(new ProjectRated(ID, 10, 2, 1, null))
                .when(new RateProject(ID, 12, 1, 0, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("项目当前状态为「已测评」，不能满意度测评");
    }

    @Test
    void shouldRefuseAssessmentWithoutRaters() {
        givenAt(completedHistory())
                .when(new RateProject(ID, 0, 0, 0, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("参加测评的人数不能为零");
    }

    @Test
    void shouldComeBackFromAJsonSnapshotWithTheSameState() throws Exception {
        AtomicReference<LivelihoodProject> state = new AtomicReference<>();
        givenAt(approved(), planned(), new ProjectProgressRecorded(ID, 25, "设计通过评审", DESIGN.name()))
                .when(new InspectProject(ID, List.of(D1), TODAY, "进展顺利", null))
                .expectState(state::set);

        ObjectMapper json = EventJson.newObjectMapper();
        LivelihoodProject restored = json.readValue(json.writeValueAsString(state.get()), LivelihoodProject.class);
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }

    private TestExecutor<LivelihoodProject> givenAt(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    private static LivelihoodProjectApproved approved() {
        return new LivelihoodProjectApproved(ID, BALLOT, CANDIDATE, "口袋公园", REGION, 2026,
                new BigDecimal("3200000.00"));
    }

    private static ProjectMilestonesPlanned planned() {
        return new ProjectMilestonesPlanned(ID, List.of(DESIGN, BUILD));
    }

    private static Object[] completedHistory() {
        return new Object[]{approved(), planned(), new ProjectProgressRecorded(ID, 100, "全部完工", BUILD.name()),
                new ProjectCompleted(ID, null)};
    }
}
