package cn.luzhi.command.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.events.store.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mediation case's snapshot JSON: what the aggregate wrote before its state became the lifecycle's still loads. */
class MediationCaseSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    @Test
    void shouldLoadASnapshotWrittenBeforeTheLifecycleExisted() throws Exception {
        String old = """
                {"mediationCaseId":"m-1","status":"MEDIATING","referredAt":"2026-02-01T02:00:00Z",
                 "mediationDueAt":"2026-03-16T02:00:00Z","extensions":1,"mediators":["d-1","d-2"],
                 "sessionsHeld":2,"judiciallyConfirmed":false,"followedUp":false}""";

        MediationCase mediation = JSON.readValue(old, MediationCase.class);

        assertThat(mediation.state().status()).isEqualTo(MediationCaseStatus.MEDIATING);
        assertThat(mediation.state().mediationDueAt()).isEqualTo(Instant.parse("2026-03-16T02:00:00Z"));
        assertThat(mediation.state().extensions()).isEqualTo(1);
        assertThat(mediation.state().mediators()).containsExactly(DeputyId.of("d-1"), DeputyId.of("d-2"));
        assertThat(mediation.state().sessionsHeld()).isEqualTo(2);
        assertThat(mediation.state().judiciallyConfirmed()).isFalse();
        assertThat(mediation.state().followedUp()).isFalse();
        assertThat(mediation.state().courtId()).isNull();
        assertThat(JSON.writeValueAsString(mediation)).contains("\"referredAt\":\"2026-02-01T02:00:00Z\"");
    }

    @Test
    void shouldWriteTheStateAsFlatFieldsAndReadItBack() throws Exception {
        MediationCase mediation = JSON.readValue("""
                {"mediationCaseId":"m-1","status":"SETTLED","referredAt":"2026-02-01T02:00:00Z",
                 "mediationDueAt":"2026-03-01T02:00:00Z","extensions":0,"mediators":["d-1"],"sessionsHeld":1,
                 "judiciallyConfirmed":true,"followedUp":true,"courtId":"c-court"}""", MediationCase.class);

        String written = JSON.writeValueAsString(mediation);

        assertThat(written).contains("\"mediationCaseId\":\"m-1\"", "\"status\":\"SETTLED\"",
                "\"mediators\":[\"d-1\"]", "\"sessionsHeld\":1", "\"judiciallyConfirmed\":true",
                "\"followedUp\":true", "\"courtId\":\"c-court\"").doesNotContain("\"state\"");
        assertThat(JSON.readValue(written, MediationCase.class).state()).isEqualTo(mediation.state());
    }
}
