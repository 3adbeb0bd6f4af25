package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.store.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ballot's snapshot JSON: what the aggregate wrote before its state became the lifecycle's still loads. */
class BallotSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    @Test
    void shouldLoadASnapshotWrittenBeforeTheLifecycleExisted() throws Exception {
        String old = """
                {"ballotId":"b-1","status":"OPEN","regionId":"150102","year":2026,
                 "candidates":{"c-1":{"candidateId":"c-1","title":"口袋公园","budget":3200000.00},
                               "c-2":{"candidateId":"c-2","title":"修路","budget":null}},
                 "shortlist":["c-2","c-1"],"maxChoices":1,"entitled":["d-1","d-2"],"checkedIn":["d-1"],
                 "usedPapers":["h-1"],"votes":{"c-2":1},"votesCast":1,"closesAt":"2026-03-01T02:00:00Z"}""";

        Ballot ballot = JSON.readValue(old, Ballot.class);

        BallotState state = ballot.state();
        assertThat(state.status()).isEqualTo(BallotStatus.OPEN);
        assertThat(state.regionId()).isEqualTo(RegionId.of("150102"));
        assertThat(state.year()).isEqualTo(2026);
        assertThat(state.candidates()).containsOnlyKeys("c-1", "c-2");
        assertThat(state.candidates().get("c-1").budget()).isEqualByComparingTo(new BigDecimal("3200000.00"));
        assertThat(state.shortlist()).containsExactly("c-2", "c-1");
        assertThat(state.maxChoices()).isEqualTo(1);
        assertThat(state.entitled()).containsExactlyInAnyOrder("d-1", "d-2");
        assertThat(state.checkedIn()).containsExactly("d-1");
        assertThat(state.usedPapers()).containsExactly("h-1");
        assertThat(state.votesFor("c-2")).isEqualTo(1);
        assertThat(state.votesCast()).isEqualTo(1);
        assertThat(state.closesAt()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
    }

    @Test
    void shouldWriteTheStateAsFlatFieldsAndReadItBack() throws Exception {
        Ballot ballot = JSON.readValue("""
                {"ballotId":"b-1","status":"CLOSED","regionId":"150102","year":2026,
                 "candidates":{"c-1":{"candidateId":"c-1","title":"口袋公园","budget":100.00}},
                 "shortlist":["c-1"],"maxChoices":1,"entitled":["d-1"],"checkedIn":["d-1"],"usedPapers":["h-1"],
                 "votes":{"c-1":1},"votesCast":1,"closesAt":"2026-03-01T02:00:00Z"}""", Ballot.class);

        String written = JSON.writeValueAsString(ballot);

        assertThat(written).contains("\"ballotId\":\"b-1\"", "\"status\":\"CLOSED\"", "\"shortlist\":[\"c-1\"]",
                "\"votes\":{\"c-1\":1}", "\"candidates\":{\"c-1\":{\"candidateId\":\"c-1\"")
                .doesNotContain("\"state\"");
        assertThat(JSON.readValue(written, Ballot.class).state()).isEqualTo(ballot.state());
    }
}
