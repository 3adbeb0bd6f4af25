package cn.luzhi.query.reception;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssue;
import cn.luzhi.events.reception.ReceptionIssueAnswered;
import cn.luzhi.events.reception.ReceptionIssueTurnedIntoPetition;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.reception.ReceptionStatus;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceptionProjectionTest {

    private static final ReceptionId ID = ReceptionId.of("r-1");
    private static final Instant HELD = Instant.parse("2026-03-01T02:00:00Z");
    private static final DeputyId D1 = DeputyId.of("d-1");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(ReceptionProjection::new);
    }

    @Test
    void shouldKeepEachIssueWithItsAnswerOrItsPetitionUntilNoneIsOpen() {
        harness.apply(HELD, new ReceptionRecorded(ID, StationId.of("s-1"), HELD.minusSeconds(3600),
                List.of(D1, DeputyId.of("d-2")), 18, List.of(new ReceptionIssue("路灯不亮", "已联系维修"),
                        new ReceptionIssue("停车难", null), new ReceptionIssue("电梯加装", null))));

        ReceptionRow recorded = harness.read(ReceptionRow.class, "r-1");
        assertThat(recorded.status).isEqualTo(ReceptionStatus.OPEN);
        assertThat(recorded.citizensReceived).isEqualTo(18);
        assertThat(recorded.deputyIds).containsExactlyInAnyOrder("d-1", "d-2");
        assertThat(recorded.issues).extracting(issue -> issue.answeredOnTheSpot).containsExactly(true, false, false);

        harness.apply(HELD.plusSeconds(86_400), new ReceptionIssueAnswered(ID, 2, "已协调车位"));
        harness.apply(HELD.plusSeconds(90_000), new ReceptionIssueTurnedIntoPetition(ID, 3, PetitionId.of("p-9"), D1));

        ReceptionRow settled = harness.read(ReceptionRow.class, "r-1");
        assertThat(settled.status).isEqualTo(ReceptionStatus.SETTLED);
        assertThat(settled.issues).extracting(issue -> issue.answer).containsExactly("已联系维修", "已协调车位", null);
        assertThat(settled.issues).extracting(issue -> issue.petitionId).containsExactly(null, null, "p-9");
        assertThat(settled.issues).extracting(issue -> issue.answeredOnTheSpot).containsExactly(true, false, false);
    }
}
