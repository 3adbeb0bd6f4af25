package cn.luzhi.command.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.store.EventJson;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The petition's snapshot JSON: what the aggregate wrote before its state became the lifecycle's still loads. */
class PetitionSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    @Test
    void shouldLoadASnapshotWrittenBeforeTheLifecycleExisted() throws Exception {
        String old = """
                {"petitionId":"p-1","status":"FORWARDED","unitsAwaited":["u-market"],
                 "unitsForwarded":["u-city","u-market"],"replyDueAt":"2026-05-01T02:00:00Z",
                 "extendedThisRound":true,"lastRating":"UNSATISFIED","round":1}""";

        Petition petition = JSON.readValue(old, Petition.class);

        assertThat(petition.state().status()).isEqualTo(PetitionStatus.FORWARDED);
        assertThat(petition.state().unitsForwarded()).containsExactly(HandlingUnitId.of("u-city"),
                HandlingUnitId.of("u-market"));
        assertThat(petition.state().unitsAwaited()).containsExactly(HandlingUnitId.of("u-market"));
        assertThat(petition.state().replyDueAt()).isEqualTo(Instant.parse("2026-05-01T02:00:00Z"));
        assertThat(petition.state().extendedThisRound()).isTrue();
        assertThat(petition.state().lastRating()).isEqualTo(Satisfaction.UNSATISFIED);
        assertThat(petition.state().round()).isEqualTo(1);
        assertThat(petition.state().deputies()).isEmpty();
    }

    @Test
    void shouldWriteTheStateAsFlatFieldsAndReadItBack() throws Exception {
        Petition petition = JSON.readValue("""
                {"petitionId":"p-1","status":"REPLIED","unitsAwaited":[],"unitsForwarded":["u-city"],
                 "acceptedBy":"d-1","urgeCount":2,"round":0}""", Petition.class);

        String written = JSON.writeValueAsString(petition);

        assertThat(written).contains("\"petitionId\":\"p-1\"", "\"status\":\"REPLIED\"",
                "\"unitsForwarded\":[\"u-city\"]", "\"acceptedBy\":\"d-1\"", "\"urgeCount\":2")
                .doesNotContain("\"state\"");
        assertThat(JSON.readValue(written, Petition.class).state()).isEqualTo(petition.state());
    }
}
