package cn.luzhi.query.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.legislation.CommentPeriodClosed;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.LegislativeDraftStatus;
import cn.luzhi.events.legislation.LegislativeFeedbackRecorded;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.legislation.OpinionsForwarded;
import cn.luzhi.events.legislation.OpinionsMerged;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegislativeDraftProjectionTest {

    private static final LegislativeDraftId DRAFT = LegislativeDraftId.of("l-1");
    private static final StationId POINT = StationId.of("s-point");
    // 2025-12-31 20:00 in Beijing is already 2026: the draft counts in the year it was opened there.
    private static final Instant OPENED = Instant.parse("2025-12-31T16:30:00Z");
    private static final Instant LATER = Instant.parse("2026-01-10T02:00:00Z");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(LegislativeDraftProjection::new);
    }

    @Test
    void shouldListAnOpenedDraftInTheYearItWasOpenedInChina() {
        long index = harness.apply(OPENED, opened());

        LegislativeDraftRow row = harness.read(LegislativeDraftRow.class, "l-1");
        assertThat(row.status).isEqualTo(LegislativeDraftStatus.OPEN);
        assertThat(row.year).isEqualTo(2026);
        assertThat(row.liaisonPoints).containsExactly("s-point");
        assertThat(row.collected).isZero();
        assertThat(row.lastGlobalIndex()).isEqualTo(index);
        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class, change -> {
            assertThat(change.caseType()).isEqualTo(CaseType.LEGISLATION);
            assertThat(change.caseId()).isEqualTo("l-1");
        });
    }

    @Test
    void shouldCountOpinionsCollectedMergedForwardedAndAdopted() {
        harness.apply(OPENED, opened());
        harness.apply(LATER, new OpinionCollected(DRAFT, 1, OpinionSource.CITIZEN, POINT, null, PersonRef.of("p-1"),
                "第三条", "公共收益应当公示"));
        harness.apply(LATER, new OpinionCollected(DRAFT, 2, OpinionSource.DEPUTY, POINT, DeputyId.of("d-1"), null,
                null, "维修资金使用程序过繁"));
        harness.apply(LATER, new OpinionCollected(DRAFT, 3, OpinionSource.CLERK, POINT, null, null, null,
                "公示公共收益"));
        harness.apply(LATER, new OpinionsMerged(DRAFT, List.of(3), 1));
        harness.apply(LATER, new CommentPeriodClosed(DRAFT, true));
        harness.apply(LATER, new OpinionsForwarded(DRAFT, List.of(1, 2), LocalDate.of(2026, 1, 10), "报送"));
        harness.apply(LATER, new LegislativeFeedbackRecorded(DRAFT, List.of(2), "采纳第2条"));

        LegislativeDraftRow row = harness.read(LegislativeDraftRow.class, "l-1");
        assertThat(row.status).isEqualTo(LegislativeDraftStatus.FEEDBACK_RECORDED);
        assertThat(row.collected).isEqualTo(3);
        assertThat(row.merged).isEqualTo(1);
        assertThat(row.forwarded).isEqualTo(2);
        assertThat(row.adopted).isEqualTo(1);
        assertThat(row.closedAt).isEqualTo(LATER);
        assertThat(row.forwardedOn).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(row.feedbackNote).isEqualTo("采纳第2条");
        assertThat(row.opinions.get(1).citizenRef).isEqualTo("p-1");
        assertThat(row.opinions.get(2).adopted).isTrue();
        assertThat(row.opinions.get(3).mergedInto).isEqualTo(1);
        assertThat(row.opinions.get(3).forwarded).isFalse();
    }

    @Test
    void shouldApplyARedeliveredOpinionOnce() {
        harness.apply(OPENED, opened());
        OpinionCollected opinion = new OpinionCollected(DRAFT, 1, OpinionSource.CLERK, POINT, null, null, null, "意见");
        long index = harness.apply(LATER, opinion);
        harness.deliver(Events.tracked(index, LATER, opinion));

        assertThat(harness.read(LegislativeDraftRow.class, "l-1").collected).isEqualTo(1);
    }

    private static DraftOpenedForComment opened() {
        return new DraftOpenedForComment(DRAFT, "某市物业管理条例（修订草案）", "某市人大常委会法工委", null,
                "https://www.example.gov.cn/draft.pdf", LocalDate.of(2026, 1, 31),
                Instant.parse("2026-01-31T16:00:00Z"), List.of(POINT));
    }
}
