package cn.luzhi.query.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A deputy's archive over the known history: every act with its points, adding up to the cockpit's ranking. */
class DeputyArchiveIT extends QuerySideIntegrationTest {


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
    }

    @Test
    void shouldListEveryActWithItsPointsAndTotalsPerKind() {
        Http.Response response = http.get("/api/deputies/d-1/archive?year=2026", "clerk");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode archive = response.json();

        assertThat(archive.get("name").asString()).isEqualTo("张三");
        // Same rules as the cockpit's ranking: 2 petitions taken up × 5 + 3 suggestions filed × 10 + 3 sessions × 5,
        // 1 petition closed × 3 + 2 settlements × 5 + 2 ballot check-ins × 2 + 1 project inspection × 4.
        assertThat(archive.get("points").asLong()).isEqualTo(76);
        assertThat(archive.get("acts")).hasSize(14);
        assertThat(archive.get("byKind").toString())
                .contains("{\"kind\":\"PETITION_TAKEN_UP\",\"label\":\"受理诉求\",\"acts\":2,\"points\":10}")
                .contains("{\"kind\":\"SUGGESTION_FILED\",\"label\":\"领衔提出建议\",\"acts\":3,\"points\":30}")
                .contains("{\"kind\":\"MEDIATION_SESSION_HELD\",\"label\":\"主持调解\",\"acts\":3,\"points\":15}")
                .contains("{\"kind\":\"PETITION_CLOSED\",\"label\":\"办结诉求\",\"acts\":1,\"points\":3}")
                .contains("{\"kind\":\"MEDIATION_SETTLED\",\"label\":\"调解成功\",\"acts\":2,\"points\":10}")
                .contains("{\"kind\":\"BALLOT_ATTENDED\",\"label\":\"参加票决\",\"acts\":2,\"points\":4}")
                .contains("{\"kind\":\"PROJECT_INSPECTED\",\"label\":\"视察民生实事\",\"acts\":1,\"points\":4}");
        JsonNode acts = archive.get("acts");
        for (int i = 1; i < acts.size(); i++) {
            assertThat(acts.get(i - 1).get("occurredAt").asString())
                    .isGreaterThanOrEqualTo(acts.get(i).get("occurredAt").asString());
        }
    }

    @Test
    void shouldGiveTheYearsAndTheRankWithinTheLevel() {
        JsonNode archive = http.get("/api/deputies/d-2/archive?year=2026", "clerk").json();

        assertThat(archive.get("years").toString()).contains("2026");
        JsonNode place = archive.get("place");
        assertThat(place.get("levelRank").asInt()).isEqualTo(2);
        assertThat(place.get("levelLabel").asString()).isEqualTo("县（区）人大代表");
        assertThat(place.get("points").asLong()).isEqualTo(archive.get("points").asLong());
    }

    @Test
    void shouldRankEveryDeputyWithFiltersAndPages() {
        JsonNode all = http.get("/api/deputy-ranking?year=2026&level=COUNTY", "leader").json();
        JsonNode first = all.get("items").get(0);
        JsonNode second = all.get("items").get(1);
        assertThat(first.get("deputyId").asString()).isEqualTo("d-1");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("points").asLong()).isEqualTo(76);
        assertThat(second.get("deputyId").asString()).isEqualTo("d-2");
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        // 48 before, plus 1 ballot check-in × 2, 1 petition closed × 3, 1 project inspection × 4.
        assertThat(second.get("points").asLong()).isEqualTo(57);

        JsonNode station = http.get("/api/deputy-ranking?year=2026&stationId=s-2", "clerk").json();
        assertThat(station.get("totalElements").asLong()).isEqualTo(1);
        assertThat(station.get("items").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(station.get("items").get(0).get("levelRank").asInt()).isEqualTo(2);
        assertThat(station.get("items").get(0).get("stationName").asString()).isEqualTo("西城镇代表联络站");

        JsonNode group = http.get("/api/deputy-ranking?year=2026&professionalGroup=SOCIAL_AFFAIRS&size=1", "clerk")
                .json();
        assertThat(group.get("items").get(0).get("deputyId").asString()).isEqualTo("d-1");
        JsonNode secondPage = http.get("/api/deputy-ranking?year=2026&size=1&page=1", "clerk").json();
        assertThat(secondPage.get("items").get(0).get("deputyId").asString()).isEqualTo("d-2");
        assertThat(secondPage.get("totalElements").asLong()).isEqualTo(all.get("totalElements").asLong());
    }

    @Test
    void shouldGenerateTheAnnualReportFromTheSameActs() {
        Http.Response response = http.get("/api/deputies/d-1/annual-report?year=2026", "clerk");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();

        assertThat(report.get("points").asLong()).isEqualTo(76);
        assertThat(report.get("byKind").toString()).contains("\"kind\":\"PETITION_CLOSED\"");
        assertThat(report.get("suggestions")).hasSize(3);
        assertThat(report.get("suggestions").get(0).get("led").asBoolean()).isTrue();
        // No activity of 2026 was closed in the known history: nothing expected, no rate.
        assertThat(report.get("attendance").toString())
                .isEqualTo("{\"expected\":0,\"present\":0,\"onLeave\":0,\"absent\":0,\"rate\":null}");
        assertThat(report.get("place").get("levelRank").asInt()).isEqualTo(1);
        assertThat(http.get("/api/deputies/d-1/annual-report?year=2026", "unit").status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseTheRankingToDeputiesAndBadFilters() {
        assertThat(http.get("/api/deputy-ranking", "deputy").status()).isEqualTo(403);
        Http.Response refused = http.get("/api/deputy-ranking?level=MOON", "clerk");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("level");
    }

    @Test
    void shouldAnswerUnknownDeputyAndRefuseCitizens() {
        assertThat(http.get("/api/deputies/d-nobody/archive", "clerk").status()).isEqualTo(404);
        assertThat(http.get("/api/deputies/d-1/archive", "citizen").status()).isEqualTo(403);
    }
}
