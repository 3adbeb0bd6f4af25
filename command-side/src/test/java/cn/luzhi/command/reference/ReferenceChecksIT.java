package cn.luzhi.command.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import org.junit.jupiter.api.Test;

/** A case can only point to regions, stations, deputies and units that exist and are in use. */
class ReferenceChecksIT extends CommandSideIntegrationTest {


    private String acceptedPetition() {
        String id = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "150102001", "petitioner": {"name": "吴十"},
                 "title": "垃圾清运不及时", "content": "小区垃圾三天未清运"}""").json().get("aggregateId").asText();
        assertThat(api.post("/api/petitions/" + id + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-li\"}")
                .status()).isEqualTo(200);
        return id;
    }

    @Test
    void shouldRefuseUnknownRegionAndDeputy() {
        Api.Response unknownRegion = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "159999001", "petitioner": {"name": "吴十"},
                 "title": "t", "content": "c"}""");
        assertRefused(unknownRegion, "regionId", "行政区划「159999001」不存在或已撤并");

        String id = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "150102001", "petitioner": {"name": "吴十"},
                 "title": "t", "content": "c"}""").json().get("aggregateId").asText();
        assertRefused(api.post("/api/petitions/" + id + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-nobody\"}"),
                "deputyId", "代表「d-nobody」不存在或已不在任");
    }

    @Test
    void shouldNameTheUnknownUnitInAList() {
        String id = acceptedPetition();
        long before = events(id);
        assertRefused(api.post("/api/petitions/" + id + "/forward", "clerk", PASSWORD,
                "{\"unitIds\": [\"u-water\", \"u-nowhere\"]}"), "unitIds[1]", "承办单位「u-nowhere」不存在或已停用");
        assertThat(events(id)).isEqualTo(before);
    }

    @Test
    void shouldRefuseDeactivatedUnitUntilReactivated() {
        api.post("/api/units", "admin", PASSWORD, """
                {"handlingUnitId": "u-paused", "name": "暂停单位", "kind": "GOVERNMENT_DEPARTMENT",
                 "regionId": "150102", "contactOffice": "办公室"}""");
        api.post("/api/units/u-paused/deactivate", "admin", PASSWORD, "{\"reason\": \"机构改革\"}");
        String id = acceptedPetition();
        assertRefused(api.post("/api/petitions/" + id + "/forward", "clerk", PASSWORD, "{\"unitIds\": [\"u-paused\"]}"),
                "unitIds[0]", "承办单位「u-paused」不存在或已停用");

        api.post("/api/units/u-paused/reactivate", "admin", PASSWORD, "{\"reason\": \"恢复\"}");
        assertThat(api.post("/api/petitions/" + id + "/forward", "clerk", PASSWORD, "{\"unitIds\": [\"u-paused\"]}")
                .status()).isEqualTo(200);
    }

    @Test
    void shouldRequireACourtToReferAndPoolMembersToMediate() {
        String referral = """
                {"courtId": "%s", "disputeType": "NEIGHBOURS", "regionId": "150102002",
                 "parties": [{"name": "甲"}, {"name": "乙"}], "summary": "相邻通行纠纷"}""";
        assertRefused(api.post("/api/mediation-cases", "clerk", PASSWORD, referral.formatted("u-water")),
                "courtId", "承办单位「u-water」不是人民法院");

        Api.Response referred = api.post("/api/mediation-cases", "clerk", PASSWORD, referral.formatted("u-court"));
        assertThat(referred.status()).as(referred.text()).isEqualTo(201);
        String caseId = referred.json().get("aggregateId").asText();
        assertRefused(api.post("/api/mediation-cases/" + caseId + "/assign-mediators", "clerk", PASSWORD,
                "{\"deputyIds\": [\"d-sun\", \"d-zhang\"]}"), "deputyIds[1]", "代表「d-zhang」不在调解员库中");
        assertThat(api.post("/api/mediation-cases/" + caseId + "/assign-mediators", "clerk", PASSWORD,
                "{\"deputyIds\": [\"d-sun\", \"d-zhou\"]}").status()).isEqualTo(200);
    }

    private long events(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private static void assertRefused(Api.Response response, String field, String message) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("message").asText()).isEqualTo(message);
    }
}
