package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BallotFoldTest {

    private static final BallotId B = BallotId.of("b-1");

    private final Replay replay = new Replay(new BallotFold());

    @Test
    void shouldCountCheckInsAndPapersButNoVotesPerCandidateUntilTheTallyIsPublished() {
        CaseState state = replay.then(new BallotCreated(B, RegionId.of("150102"), 2026, BallotLevel.CONGRESS, "票决"));
        assertThat(state.text("status")).isEqualTo("征集中");
        assertThat(state.text("level")).isEqualTo("人代会票决");

        replay.then(new CandidateCollected(B, "c-1", "修路", "", ProposerKind.CITIZEN, new BigDecimal("100")));
        replay.then(new CandidateCollected(B, "c-2", "建校", "", ProposerKind.DEPUTY, new BigDecimal("200")));
        state = replay.then(new CandidateCollected(B, "c-3", "绿化", "", ProposerKind.GOVERNMENT, BigDecimal.ONE));
        assertThat(state.text("candidateCount")).isEqualTo("3");

        state = replay.then(new CandidatesShortlisted(B, List.of("c-1", "c-2"), "初定"));
        assertThat(state.text("status")).isEqualTo("已初定");
        assertThat(state.text("shortlist")).isEqualTo("c-1、c-2");

        state = replay.then(new BallotOpened(B, List.of("c-1", "c-2"), 1,
                List.of(DeputyId.of("d-1"), DeputyId.of("d-2"), DeputyId.of("d-3")),
                Instant.parse("2026-01-10T08:00:00Z")));
        assertThat(state.text("status")).isEqualTo("投票中");
        assertThat(state.text("entitled")).isEqualTo("3");
        assertThat(state.text("checkedIn")).isEqualTo("0");

        replay.then(new DeputyCheckedIn(B, DeputyId.of("d-1")));
        replay.then(new DeputyCheckedIn(B, DeputyId.of("d-2")));
        state = replay.then(new VoteCast(B, "hash-1", List.of("c-1")));
        assertThat(state.text("checkedIn")).isEqualTo("2");
        assertThat(state.text("votesCast")).isEqualTo("1");
        assertThat(state.values()).noneSatisfy(value -> assertThat(value.value()).contains("hash-1"));
        assertThat(state.text("approvedCandidates")).isNull();

        state = replay.then(new BallotClosed(B, 3, 2, 2));
        assertThat(state.text("status")).isEqualTo("投票已截止");
        assertThat(state.text("votesCast")).isEqualTo("2");
        state = replay.then(new TallyPublished(B, List.of(new CandidateTally("c-1", 2, true),
                new CandidateTally("c-2", 0, false)), 2, 3, 2));
        assertThat(state.text("status")).isEqualTo("结果已公布");
        assertThat(state.text("approvedCandidates")).isEqualTo("c-1（2票）");
    }
}
