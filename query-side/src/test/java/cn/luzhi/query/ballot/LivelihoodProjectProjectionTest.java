package cn.luzhi.query.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LivelihoodProjectProjectionTest {

    private static final LivelihoodProjectId PROJECT = LivelihoodProjectId.of("pr-1");
    private static final Instant APPROVED = Instant.parse("2026-01-20T04:10:00Z");
    private static final ProjectMilestone DESIGN = new ProjectMilestone("设计", LocalDate.of(2026, 3, 31));
    private static final ProjectMilestone BUILD = new ProjectMilestone("施工", LocalDate.of(2026, 9, 30));
    private static final ProjectMilestone HANDOVER = new ProjectMilestone("交付", LocalDate.of(2026, 12, 31));

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(LivelihoodProjectProjection::new);
    }

    @Test
    void shouldListApprovedProjectWithItsBallotRegionAndBudget() {
        long index = harness.apply(APPROVED, approved());

        LivelihoodProjectRow row = harness.read(LivelihoodProjectRow.class, "pr-1");
        assertThat(row.status).isEqualTo(ProjectStatus.APPROVED);
        assertThat(row.ballotId).isEqualTo("b-1");
        assertThat(row.candidateId).isEqualTo("c-1");
        assertThat(row.title).isEqualTo("老旧小区改造");
        assertThat(row.regionId).isEqualTo("150102");
        assertThat(row.year).isEqualTo(2026);
        assertThat(row.budget).isEqualByComparingTo("60000000.00");
        assertThat(row.approvedAt).isEqualTo(APPROVED);
        assertThat(row.percent).isZero();
        assertThat(row.lastGlobalIndex()).isEqualTo(index);
    }

    @Test
    void shouldFollowProjectFromPlanToRating() {
        harness.apply(APPROVED, approved());
        harness.apply(APPROVED, new ProjectMilestonesPlanned(PROJECT, List.of(DESIGN, BUILD)));
        Instant designed = Instant.parse("2026-03-30T02:00:00Z");
        harness.apply(designed, new ProjectProgressRecorded(PROJECT, 20, "设计完成", "设计"));
        harness.apply(designed.plusSeconds(3600), new ProjectInspected(PROJECT, List.of(DeputyId.of("d-1")),
                LocalDate.of(2026, 5, 10), "进度正常"));
        harness.apply(designed.plusSeconds(7200), new ProjectInspected(PROJECT,
                List.of(DeputyId.of("d-1"), DeputyId.of("d-2")), LocalDate.of(2026, 4, 1), "补录的视察"));
        Instant done = Instant.parse("2026-10-01T02:00:00Z");
        harness.apply(done, new ProjectProgressRecorded(PROJECT, 100, "全部完工", "施工"));

        LivelihoodProjectRow inProgress = harness.read(LivelihoodProjectRow.class, "pr-1");
        assertThat(inProgress.status).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(inProgress.percent).isEqualTo(100);
        assertThat(inProgress.progressNote).isEqualTo("全部完工");
        assertThat(inProgress.progressRecordedAt).isEqualTo(done);
        assertThat(inProgress.inspections).isEqualTo(2);
        assertThat(inProgress.lastInspectedOn).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(inProgress.milestones).extracting(milestone -> milestone.name, milestone -> milestone.reachedAt)
                .containsExactly(tuple("设计", designed),
                        tuple("施工", done));

        Instant completed = Instant.parse("2026-10-10T02:00:00Z");
        harness.apply(completed, new ProjectCompleted(PROJECT, "竣工验收合格"));
        Instant rated = Instant.parse("2026-10-20T02:00:00Z");
        harness.apply(rated, new ProjectRated(PROJECT, 40, 8, 2, "群众认可"));

        LivelihoodProjectRow row = harness.read(LivelihoodProjectRow.class, "pr-1");
        assertThat(row.status).isEqualTo(ProjectStatus.RATED);
        assertThat(row.completedAt).isEqualTo(completed);
        assertThat(row.completionComment).isEqualTo("竣工验收合格");
        assertThat(row.ratedAt).isEqualTo(rated);
        assertThat(row.satisfied).isEqualTo(40);
        assertThat(row.basicallySatisfied).isEqualTo(8);
        assertThat(row.unsatisfied).isEqualTo(2);
        assertThat(row.satisfiedOrBasicallySatisfied()).isEqualTo(48);
        assertThat(row.rated()).isEqualTo(50);
        assertThat(row.ratingComment).isEqualTo("群众认可");
    }

    @Test
    void shouldKeepReachedMilestonesWhenThePlanIsReplaced() {
        harness.apply(APPROVED, approved());
        harness.apply(APPROVED, new ProjectMilestonesPlanned(PROJECT, List.of(DESIGN, BUILD)));
        Instant designed = Instant.parse("2026-03-30T02:00:00Z");
        harness.apply(designed, new ProjectProgressRecorded(PROJECT, 20, "设计完成", "设计"));
        ProjectMilestone laterBuild = new ProjectMilestone("施工", LocalDate.of(2026, 11, 30));
        harness.apply(designed, new ProjectMilestonesPlanned(PROJECT, List.of(DESIGN, laterBuild, HANDOVER)));

        LivelihoodProjectRow row = harness.read(LivelihoodProjectRow.class, "pr-1");
        assertThat(row.milestones).hasSize(3);
        assertThat(row.milestones.get(0).reachedAt).isEqualTo(designed);
        assertThat(row.milestones.get(1).dueDate).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(row.milestones.get(1).reachedAt).isNull();
        assertThat(row.milestones.get(2).name).isEqualTo("交付");

        harness.apply(designed, new ProjectMilestonesPlanned(PROJECT, List.of(DESIGN)));
        assertThat(harness.read(LivelihoodProjectRow.class, "pr-1").milestones)
                .extracting(milestone -> milestone.name).containsExactly("设计");
    }

    @Test
    void shouldApplyRedeliveredInspectionOnlyOnce() {
        harness.apply(APPROVED, approved());
        ProjectInspected inspected = new ProjectInspected(PROJECT, List.of(DeputyId.of("d-1")),
                LocalDate.of(2026, 5, 10), "进度正常");
        long index = harness.apply(APPROVED, inspected);
        harness.deliver(Events.tracked(index, APPROVED, inspected));
        harness.deliver(Events.tracked(1, APPROVED, approved()));

        LivelihoodProjectRow row = harness.read(LivelihoodProjectRow.class, "pr-1");
        assertThat(row.inspections).isEqualTo(1);
        assertThat(row.lastGlobalIndex()).isEqualTo(index);
        assertThat(harness.announced()).hasSize(2);
    }

    @Test
    void shouldAnnounceEachChangeAsAProjectOfItsRegion() {
        long index = harness.apply(APPROVED, approved());

        assertThat(harness.announced()).singleElement().isInstanceOfSatisfying(CaseChanged.class, change -> {
            assertThat(change.event().globalIndex()).isEqualTo(index);
            assertThat(change.caseType()).isEqualTo(CaseType.PROJECT);
            assertThat(change.caseId()).isEqualTo("pr-1");
            assertThat(change.regionId()).isEqualTo("150102");
            assertThat(change.eventType()).isEqualTo(LivelihoodProjectApproved.class);
        });
    }

    @Test
    void shouldRebuildFromEmptyTablesAfterReset() {
        harness.apply(APPROVED, approved());
        harness.apply(APPROVED, new ProjectMilestonesPlanned(PROJECT, List.of(DESIGN, BUILD)));
        harness.reset();
        assertThat(harness.read(LivelihoodProjectRow.class, "pr-1")).isNull();
        assertThat(rowsIn("read.livelihood_project_milestone")).isZero();

        harness.deliver(Events.replayed(1, APPROVED, approved()));

        assertThat(harness.read(LivelihoodProjectRow.class, "pr-1").status).isEqualTo(ProjectStatus.APPROVED);
        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class,
                change -> assertThat(change.event().replay()).isTrue());
    }

    private static LivelihoodProjectApproved approved() {
        return new LivelihoodProjectApproved(PROJECT, BallotId.of("b-1"), "c-1", "老旧小区改造", RegionId.of("150102"),
                2026, new BigDecimal("60000000.00"));
    }

    private static long rowsIn(String table) {
        return ReadModelDatabase.query(entityManager -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }
}
