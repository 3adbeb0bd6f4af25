package cn.luzhi.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The case lists, details and reference data over the known history, through the real HTTP API. */
class CaseListsIT extends QuerySideIntegrationTest {


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
    }

    @Test
    void shouldListATownsPetitionsWithItsVillagesNewestFirst() {
        JsonNode page = get("/api/petitions?regionId=150102001");

        assertThat(ids(page, "petitionId")).containsExactly("p-6", "p-2", "p-1", "p-8", "p-7");
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        JsonNode p1 = page.get("items").get(2);
        assertThat(p1.get("statusLabel").asString()).isEqualTo("已办结");
        assertThat(p1.get("regionName").asString()).isEqualTo("东城镇");
        assertThat(p1.get("stationName").asString()).isEqualTo("东城镇代表之家");
        assertThat(p1.get("deputyName").asString()).isEqualTo("张三");
        assertThat(p1.get("units").toString()).isEqualTo("[{\"unitId\":\"u-water\",\"name\":\"区水务局\"}]");
        assertThat(p1.get("satisfactionLabel").asString()).isEqualTo("满意");
    }

    @Test
    void shouldFilterPetitions() {
        assertThat(ids(get("/api/petitions?status=CLOSED"), "petitionId")).containsExactly("p-3", "p-1");
        assertThat(ids(get("/api/petitions?overdue=true&regionId=" + KnownHistory.DISTRICT), "petitionId")).containsExactly("p-2");
        assertThat(ids(get("/api/petitions?unitId=u-roads"), "petitionId")).containsExactly("p-3", "p-2");
        assertThat(ids(get("/api/petitions?deputyId=d-2"), "petitionId")).containsExactly("p-4", "p-3");
        assertThat(ids(get("/api/petitions?stationId=s-1"), "petitionId")).containsExactly("p-1");
        assertThat(ids(get("/api/petitions?regionId=150102&from=2026-01-01&to=2026-03-31"), "petitionId"))
                .containsExactly("p-2", "p-1", "p-8");
        assertThat(ids(get("/api/petitions?source=STATION_VISIT&regionId=" + KnownHistory.DISTRICT), "petitionId"))
                .containsExactly("p-1");
        assertThat(ids(get("/api/petitions?source=HOTLINE_12345"), "petitionId")).isEmpty();
    }

    @Test
    void shouldPageThroughPetitions() {
        JsonNode page = get("/api/petitions?regionId=150102001&page=1&size=2");

        assertThat(ids(page, "petitionId")).containsExactly("p-1", "p-8");
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(http.get("/api/petitions?size=0", "clerk").status()).isEqualTo(400);
        assertThat(http.get("/api/petitions?size=201", "clerk").status()).isEqualTo(400);
    }

    @Test
    void shouldShowAPetitionWithThePetitionersReferenceOnly() {
        JsonNode petition = get("/api/petitions/p-2");

        assertThat(petition.get("petitionerRef").asString()).isEqualTo("person-p-2");
        assertThat(petition.get("regionName").asString()).isEqualTo("河东村");
        assertThat(petition.get("overdue").asBoolean()).isTrue();
        assertThat(petition.get("replyDueAt").asString()).isEqualTo("2026-04-01T02:00:00Z");
        assertThat(petition.toString()).doesNotContain("petitionerName").doesNotContain("phone");

        Http.Response unknown = http.get("/api/petitions/p-unknown", "clerk");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("未找到编号为「p-unknown」的诉求");
    }

    @Test
    void shouldListAndFilterSuggestions() {
        assertThat(ids(get("/api/suggestions?deputyId=d-2"), "suggestionId"))
                .containsExactly("g-6", "g-5", "g-2", "g-1");
        // g-4, found solved on a later look, keeps the B its unit replied with.
        assertThat(ids(get("/api/suggestions?result=SOLVED_OR_ADOPTED"), "suggestionId"))
                .containsExactly("g-1");
        assertThat(ids(get("/api/suggestions?keySupervision=true"), "suggestionId")).containsExactly("g-2");

        JsonNode g1 = get("/api/suggestions/g-1");
        assertThat(g1.get("resultClass").asString()).isEqualTo("A");
        assertThat(g1.get("coSigners").toString()).isEqualTo("[{\"id\":\"d-2\",\"name\":\"李梅\"}]");
        assertThat(g1.get("leadUnit").toString()).isEqualTo("{\"id\":\"u-water\",\"name\":\"区水务局\"}");
    }

    @Test
    void shouldListAndFilterMediationCases() {
        assertThat(ids(get("/api/mediation-cases?deputyId=d-1"), "mediationCaseId")).containsExactly("m-4", "m-1");
        assertThat(ids(get("/api/mediation-cases?status=FAILED"), "mediationCaseId")).containsExactly("m-2");

        JsonNode m1 = get("/api/mediation-cases/m-1");
        assertThat(m1.get("court").toString()).isEqualTo("{\"id\":\"c-court\",\"name\":\"示范区人民法院\"}");
        assertThat(m1.get("partyRefs").toString()).isEqualTo("[\"party-a-m-1\",\"party-b-m-1\"]");
        assertThat(m1.get("settledAmount").decimalValue()).isEqualByComparingTo("5000.00");
    }

    @Test
    void shouldServeTheRegionTreeStationsAndDeputies() {
        JsonNode district = get("/api/regions/150102");
        assertThat(district.get("name").asString()).isEqualTo("示范区");
        assertThat(ids(district.get("children"), "regionId")).containsExactly("150102001", "150102002");

        JsonNode tree = get("/api/regions");
        JsonNode top = tree.get(0);
        assertThat(top.get("regionId").asString()).isEqualTo("150102");
        assertThat(top.get("children").get(0).get("children").get(0).get("name").asString()).isEqualTo("河东村");

        assertThat(ids(get("/api/stations?regionId=150102"), "stationId")).containsExactly("s-1", "s-2");
        assertThat(ids(get("/api/deputies?regionId=150102001"), "deputyId")).containsExactly("d-1");
        assertThat(get("/api/deputies?stationId=s-2").get(0).get("stationName").asString())
                .isEqualTo("西城镇代表联络站");
    }

    @Test
    void shouldShowCasesToStaffButNotToCitizens() {
        assertThat(http.get("/api/petitions", null).status()).isEqualTo(401);
        assertThat(http.get("/api/petitions", "citizen").status()).isEqualTo(403);
        assertThat(http.get("/api/petitions", "unit").status()).isEqualTo(200);
        assertThat(http.get("/api/petitions", "deputy").status()).isEqualTo(200);
    }

    private JsonNode get(String path) {
        Http.Response response = http.get(path, "clerk");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode pageOrList, String field) {
        JsonNode items = pageOrList.has("items") ? pageOrList.get("items") : pageOrList;
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }
}
