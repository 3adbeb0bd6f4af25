package cn.luzhi.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.ReissueDeputyQrCode;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.RenameHandlingUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A long-lived case is loaded from its JSON snapshot plus the events after it, and its rules still hold. */
@TestPropertySource(properties = "luzhi.snapshots.threshold=3")
class SnapshotIT extends CommandSideIntegrationTest {

    @Autowired
    private CommandGateway commandGateway;


    @Test
    void shouldRestorePetitionFromSnapshotWithItsRulesIntact() {
        String id = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "LETTER_OR_PHONE", "regionId": "150102003",
                 "petitioner": {"name": "周九"}, "title": "占道经营", "content": "菜市场门口占道"}""")
                .json().get("aggregateId").asText();
        post(api, "/api/petitions/" + id + "/accept", "clerk", "{\"deputyId\": \"d-zhou\"}", 200);
        post(api, "/api/petitions/" + id + "/forward", "clerk", "{\"unitIds\": [\"u-city\", \"u-market\"]}", 200);
        for (int i = 0; i < 4; i++) {
            post(api, "/api/petitions/" + id + "/urge", "supervisor", "{\"reason\": \"督办第" + i + "次\"}", 200);
        }
        post(api, "/api/petitions/" + id + "/reply", "unit", "{\"unitId\": \"u-city\", \"reply\": \"已劝离\"}", 200);

        String snapshot = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1")
                .param(id).query(String.class).optional().orElseThrow();
        assertThat(snapshot).contains("\"status\":\"FORWARDED\"").contains("u-market");

        post(api, "/api/petitions/" + id + "/reply", "unit", "{\"unitId\": \"u-city\", \"reply\": \"再次答复\"}", 422);
        account("unit-market", ActorRole.UNIT, "u-market");
        post(api, "/api/petitions/" + id + "/reply", "unit-market", "{\"unitId\": \"u-market\", \"reply\": \"已整治\"}",
                200);
        post(api, "/api/petitions/" + id + "/close", "clerk", "{}", 200);
    }

    /**
     * Straight to the command bus, past the API's checks: a repository loads only the events and the snapshot of its
     * own aggregate type, so another kind's id (snapshot and all) is a record that does not exist.
     */
    @Test
    void shouldLoadNoRecordOfAnotherKindFromItsSnapshotOrEvents() {
        String id = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "LETTER_OR_PHONE", "regionId": "150102003",
                 "petitioner": {"name": "吴十"}, "title": "噪音扰民", "content": "夜间施工"}""")
                .json().get("aggregateId").asText();
        for (int i = 0; i < 4; i++) {
            post(api, "/api/petitions/" + id + "/urge", "supervisor", "{\"reason\": \"督办第" + i + "次\"}", 200);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?").param(id)
                .query(Long.class).single()).isPositive();
        long before = events();

        assertThatThrownBy(() -> commandGateway.sendAndWait(
                new RenameHandlingUnit(HandlingUnitId.of(id), "新名称", null)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> commandGateway.sendAndWait(new ReissueDeputyQrCode(DeputyId.of(id), null, null)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> commandGateway.sendAndWait(
                new UrgePetition(PetitionId.of("u-city"), "督办", null)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%Overdue'")
                .query(Long.class).single();
    }

    private static void post(Api api, String path, String user, String body, int expectedStatus) {
        Api.Response response = api.post(path, user, PASSWORD, body);
        assertThat(response.status()).as(path + " " + response.text()).isEqualTo(expectedStatus);
    }
}
