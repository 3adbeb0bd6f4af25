package cn.luzhi.command.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.PersonRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Forgetting a person blanks their data everywhere it is kept and leaves every event byte for byte intact. */
class ForgetPersonIT extends CommandSideIntegrationTest {

    @Autowired
    PersonalDataVault vault;

    @Test
    void shouldMakePersonalDataUnreadableWhileEventsStayIntact() {
        String petitionId = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "150102002",
                 "petitioner": {"name": "钱七", "phone": "13512345678", "idNumber": "15010219850505123X"},
                 "title": "噪音扰民", "content": "夜间施工噪音"}""").json().get("aggregateId").asText();
        api.post("/api/petitions/" + petitionId + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-sun\"}");
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = 0")
                .param(petitionId).query(String.class).single();
        PersonRef ref = new PersonRef(payload.replaceAll(".*\"petitioner\":\"([^\"]+)\".*", "$1"));
        assertThat(vault.read(ref)).hasValueSatisfying(details -> assertThat(details.name()).isEqualTo("钱七"));
        List<String> eventsBefore = eventsOf(petitionId);

        Api.Response forgotten = api.post("/api/personal-data/" + ref + "/forget", "admin", PASSWORD,
                "{\"reason\": \"本人申请删除个人信息\"}");

        assertThat(forgotten.status()).as(forgotten.text()).isEqualTo(200);
        assertThat(vault.read(ref)).isEmpty();
        assertThat(jdbc.sql("SELECT concat(full_name, phone, id_number) FROM personal_data WHERE person_ref = ?")
                .param(ref.value()).query(String.class).single()).isEmpty();
        assertThat(eventsOf(petitionId)).isEqualTo(eventsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ? "
                        + "OR convert_from(payload, 'UTF8') LIKE ? OR convert_from(meta_data, 'UTF8') LIKE ?")
                .params("%钱七%", "%13512345678%", "%钱七%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? "
                        + "AND convert_from(payload, 'UTF8') LIKE ?")
                .params("cn.luzhi.events.personaldata.PersonalDataForgotten", "%" + ref + "%")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.post("/api/petitions/" + petitionId + "/urge", "supervisor", PASSWORD,
                "{\"reason\": \"删除个人信息后案件照常办理\"}").status()).isEqualTo(200);

        Api.Response again = api.post("/api/personal-data/" + ref + "/forget", "admin", PASSWORD,
                "{\"reason\": \"重复申请\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    private List<String> eventsOf(String aggregateId) {
        return jdbc.sql("SELECT encode(payload, 'hex') || encode(meta_data, 'hex') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(aggregateId).query(String.class).list().subList(0, 2);
    }
}
