package cn.luzhi.query.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cockpit as of the end of past days of the known history: each figure as the history's comments say it
 * stood on that day, worked out by hand from KnownHistory's dates; and as of today the live summary itself.
 */
class CockpitAsOfIT extends QuerySideIntegrationTest {

    private static final String DISTRICT_2026 = "/api/cockpit/summary?regionId=150102&period=YEAR&year=2026";


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
    }

    @Test
    void shouldShowTheFiguresAsTheyStoodAtTheEndOfEachDay() {
        // 5 February: only p-8 (1 January) received; g-1..g-4 and g-6 filed, g-2 picked for key supervision,
        // nothing replied; m-1..m-5 referred, none ended; b-1 closed on 20 January with pr-1 and pr-2.
        JsonNode day1 = asOf("2026-02-05", DISTRICT_2026);
        assertThat(day1.get("period").toString())
                .isEqualTo("{\"kind\":\"YEAR\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}");
        ObjectNode petitions = (ObjectNode) day1.get("petitions").deepCopy();
        JsonNode bySource = petitions.remove("bySource");
        assertThat(petitions.toString()).isEqualTo("{\"received\":1,\"closed\":0,\"open\":1,"
                + "\"overdue\":0,\"rated\":0,\"closureRate\":0.0,\"satisfactionRate\":null}");
        // p-8 came by letter or phone: the whole of that day's petitions.
        assertThat(bySource).hasSize(6).anySatisfy(source -> assertThat(source.toString()).isEqualTo(
                "{\"source\":\"LETTER_OR_PHONE\",\"label\":\"来信来电登记\",\"received\":1,\"closed\":0,"
                        + "\"rated\":0,\"closureRate\":0.0,\"satisfactionRate\":null,\"share\":100.0}"));
        assertThat(day1.get("suggestions").toString()).isEqualTo("{\"received\":5,\"replied\":0,\"classA\":0,"
                + "\"classB\":0,\"classC\":0,\"classAShare\":null,\"classBShare\":null,\"classCShare\":null,"
                + "\"onTimeReplyRate\":null,\"keySupervision\":1}");
        assertThat(day1.get("mediation").toString())
                .isEqualTo("{\"referred\":5,\"settled\":0,\"failed\":0,\"successRate\":null}");
        assertThat(day1.get("ballots").toString()).isEqualTo("{\"held\":1,\"entitled\":5,\"voted\":3,"
                + "\"turnout\":60.0,\"projectsApproved\":2,\"approvedBudget\":\"100000000.00\"}");
        assertThat(day1.get("overdue")).isEmpty();
        // The trend runs up to that day: 1 January to 5 February.
        assertThat(day1.get("trend")).hasSize(36);

        // 13 February: m-1 settled on the 11th, m-2 failed on the 13th.
        assertThat(asOf("2026-02-13", DISTRICT_2026).get("mediation").toString())
                .isEqualTo("{\"referred\":5,\"settled\":1,\"failed\":1,\"successRate\":50.0}");

        // 7 March: p-8, p-1 (1 March) and p-2 (5 March) received; m-5 overdue that day; b-2 closed on 2 March
        // with pr-3.
        JsonNode day3 = asOf("2026-03-07", DISTRICT_2026);
        assertThat(day3.get("petitions").get("received").asLong()).isEqualTo(3);
        assertThat(day3.get("ballots").toString()).isEqualTo("{\"held\":2,\"entitled\":8,\"voted\":6,"
                + "\"turnout\":75.0,\"projectsApproved\":3,\"approvedBudget\":\"102000000.00\"}");
        assertThat(day3.get("overdue").toString()).isEqualTo("[{\"caseId\":\"m-5\",\"caseType\":\"MEDIATION\","
                + "\"title\":\"诉前调解：合同纠纷\",\"dueAt\":\"2026-03-07T02:00:00Z\",\"regionName\":\"东城镇\"}]");
    }

    @Test
    void shouldKeepAFinishedDayForEveryRegionAndAnswerTodayLikeTheLiveCockpit() {
        String town = "/api/cockpit/summary?regionId=" + KnownHistory.EAST_TOWN + "&period=YEAR&year=2026";
        JsonNode district = asOf("2026-02-14", DISTRICT_2026);
        assertThat(jdbc.sql("SELECT count(*) FROM read.cockpit_as_of WHERE day = '2026-02-14' AND period = 'YEAR' "
                + "AND region_id IN ('150102', '150102001', '150102002', '150102001001', '')")
                .query(Long.class).single()).isEqualTo(5);
        // East town's day was computed with the district's, and the kept answer is the same as a fresh one.
        JsonNode eastTown = asOf("2026-02-14", town);
        assertThat(eastTown.get("mediation").toString())
                .isEqualTo("{\"referred\":3,\"settled\":1,\"failed\":0,\"successRate\":100.0}");
        assertThat(asOf("2026-02-14", DISTRICT_2026)).isEqualTo(district);

        String live = http.get(DISTRICT_2026, "leader").body();
        assertThat(asOfResponse("2026-11-22", DISTRICT_2026).body()).isEqualTo(live);
    }

    @Test
    void shouldRefuseTheFutureAndMalformedDatesInChinese() {
        Http.Response future = asOfResponse("2026-11-23", DISTRICT_2026);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).isEqualTo("不能查询未来日期的驾驶舱数据：2026-11-23");
        Http.Response malformed = asOfResponse("2026-2-30", DISTRICT_2026);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).isEqualTo("日期格式应为 YYYY-MM-DD：2026-2-30");
        assertThat(http.get(DISTRICT_2026 + "&asOf=2026-02-05", "unit").status()).isEqualTo(403);
    }

    private JsonNode asOf(String day, String path) {
        Http.Response response = asOfResponse(day, path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Http.Response asOfResponse(String day, String path) {
        return http.get(path + "&asOf=" + day, "leader");
    }
}
