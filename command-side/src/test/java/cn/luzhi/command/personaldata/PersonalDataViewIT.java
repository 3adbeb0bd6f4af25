package cn.luzhi.command.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's people are masked for everyone who may see them; in full only through a reveal that needs a reason
 * and leaves a {@code PersonalDataViewed} event naming the viewer, the case and the reason, but no personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataViewIT extends CommandSideIntegrationTest {

    private static final String NAME = "欧阳晓燕";
    private static final String PHONE = "13987654321";
    private static final String ID_NUMBER = "150102199001011234";

    @Test
    void shouldShowThePetitionerMaskedToAClerk() {
        String id = submit();

        Api.Response people = api.get("/api/petitions/" + id + "/people", "clerk", PASSWORD);

        assertThat(people.status()).as(people.text()).isEqualTo(200);
        JsonNode person = people.json().get(0);
        assertThat(person.get("name").asText()).isEqualTo("欧阳**");
        assertThat(person.get("phone").asText()).isEqualTo("139****4321");
        assertThat(person.get("idNumber").asText()).isEqualTo("150102********1234");
        assertThat(person.get("masked").asBoolean()).isTrue();
    }

    @Test
    void shouldRecordEveryFullViewAsAnEventWithViewerAndReason() {
        String id = submit();
        String key = "reveal-" + UUID.randomUUID();

        Api.Response revealed = api.post("/api/petitions/" + id + "/reveal-people", "clerk", PASSWORD,
                "{\"reason\": \"电话回访诉求人\"}", "Idempotency-Key", key);

        assertThat(revealed.status()).as(revealed.text()).isEqualTo(200);
        JsonNode person = revealed.json().get("result").get(0);
        assertThat(List.of(person.get("name").asText(), person.get("phone").asText(), person.get("idNumber").asText()))
                .containsExactly(NAME, PHONE, ID_NUMBER);
        assertThat(person.get("masked").asBoolean()).isFalse();
        List<String[]> viewed = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8') FROM domain_event_entry
                         WHERE payload_type = 'cn.luzhi.events.personaldata.PersonalDataViewed'
                           AND convert_from(meta_data, 'UTF8')::jsonb ->> 'commandId' = ?""")
                .param(key).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(viewed).hasSize(1);
        JsonNode payload = JsonMapper.builder().build().readTree(viewed.get(0)[0]);
        JsonNode metadata = JsonMapper.builder().build().readTree(viewed.get(0)[1]);
        assertThat(payload.get("caseId").asText()).isEqualTo(id);
        assertThat(payload.get("caseType").asText()).isEqualTo("PETITION");
        assertThat(payload.get("people").get(0).asText()).isEqualTo(person.get("personRef").asText());
        assertThat(metadata.get("actorId").asText()).isEqualTo("clerk");
        assertThat(metadata.get("reason").asText()).isEqualTo("电话回访诉求人");
        assertThat(viewed.get(0)[0] + viewed.get(0)[1]).doesNotContain(NAME, PHONE, ID_NUMBER);
    }

    @Test
    void shouldRefuseAFullViewWithoutAReasonAndRecordNothing() {
        String id = submit();
        long viewsBefore = views();

        Api.Response refused = api.post("/api/petitions/" + id + "/reveal-people", "clerk", PASSWORD, "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(views()).isEqualTo(viewsBefore);
    }

    @Test
    void shouldKeepFullViewsFromThoseWhoDoNotNeedThem() {
        String id = submit("d-li");

        assertThat(api.post("/api/petitions/" + id + "/reveal-people", "supervisor", PASSWORD,
                "{\"reason\": \"查看\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/petitions/" + id + "/reveal-people", "deputy", PASSWORD,
                "{\"reason\": \"查看\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/petitions/" + id + "/people", "leader", PASSWORD).status()).isEqualTo(403);
        assertThat(api.get("/api/petitions/" + id + "/people", "supervisor", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldLetTheDeputyWhoTookThePetitionUpSeeItInFull() {
        String id = submit();
        api.post("/api/petitions/" + id + "/accept", "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}");

        Api.Response revealed = api.post("/api/petitions/" + id + "/reveal-people", "deputy", PASSWORD,
                "{\"reason\": \"上门走访\"}");

        assertThat(revealed.status()).as(revealed.text()).isEqualTo(200);
        assertThat(revealed.json().get("result").get(0).get("phone").asText()).isEqualTo(PHONE);
    }

    @Test
    void shouldAnswerAnUnknownCaseWithNotFound() {
        assertThat(api.get("/api/petitions/no-such-case/people", "clerk", PASSWORD).status()).isEqualTo(404);
        assertThat(api.post("/api/petitions/no-such-case/reveal-people", "clerk", PASSWORD, "{\"reason\": \"查看\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void shouldWriteNoPersonalDataToTheLog(CapturedOutput output) {
        String id = submit();
        api.get("/api/petitions/" + id + "/people", "clerk", PASSWORD);
        api.post("/api/petitions/" + id + "/reveal-people", "clerk", PASSWORD, "{\"reason\": \"核实身份\"}");
        Api.Response bad = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "150102001",
                 "petitioner": {"name": "%s", "phone": "%s-0", "idNumber": "%s99"},
                 "title": "路灯", "content": "%s"}""".formatted(NAME, PHONE, ID_NUMBER, PHONE));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).doesNotContain(NAME, PHONE, ID_NUMBER);
        // The capture sees the application's log: a line logged through it is there.
        String marker = "personal-data-log-marker-" + UUID.randomUUID();
        LoggerFactory.getLogger(PersonalDataCommands.class).warn(marker);
        assertThat(output.getAll()).contains(marker).doesNotContain(NAME, PHONE, ID_NUMBER);
    }

    private String submit() {
        return submit("d-zhang");
    }

    /** A petition through {@code deputyId}'s QR code; the demo account deputy is d-zhang. */
    private String submit(String deputyId) {
        Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "DEPUTY_QR_CODE", "regionId": "150102001", "deputyId": "%s",
                 "petitioner": {"name": "%s", "phone": "%s", "idNumber": "%s"},
                 "title": "楼道积水", "content": "雨后楼道积水"}""".formatted(deputyId, NAME, PHONE, ID_NUMBER));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }

    private long views() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry "
                + "WHERE payload_type = 'cn.luzhi.events.personaldata.PersonalDataViewed'").query(Long.class).single();
    }
}
