package cn.luzhi.query.cockpit;

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
import tools.jackson.databind.node.ObjectNode;

/** Every figure of the cockpit summary for a known history of events, worked out by hand in KnownHistory. */
class CockpitSummaryIT extends QuerySideIntegrationTest {


    Http http;
    long lastIndex;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        lastIndex = KnownHistory.appendOnce(new EventLog(eventStore, jdbc));
        Projections.awaitProcessed(processing, lastIndex);
    }

    @Test
    void shouldSummariseTheDistrictsYear() {
        JsonNode summary = summary("regionId=150102&period=YEAR&year=2026");

        assertThat(summary.get("regionId").asString()).isEqualTo("150102");
        assertThat(summary.get("regionName").asString()).isEqualTo("示范区");
        assertThat(summary.get("period").toString())
                .isEqualTo("{\"kind\":\"YEAR\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}");
        assertThat(summary.get("asOfGlobalIndex").asLong()).isEqualTo(maxGlobalIndex());
        assertThat(petitionTotals(summary.get("petitions"))).isEqualTo("{\"received\":6,\"closed\":2,\"open\":3,"
                + "\"overdue\":1,\"rated\":3,\"closureRate\":33.3,\"satisfactionRate\":66.7}");
        // p-1 came to a station (closed, satisfied); p-2, p-3, p-4, p-5 and p-8 by letter or phone, of which p-3 was
        // closed and p-3 and p-4 rated (basically satisfied, unsatisfied); p-6 was merged. Shares: 1/6 and 5/6.
        assertThat(source(summary, "STATION_VISIT")).isEqualTo("{\"source\":\"STATION_VISIT\",\"label\":\"进站接待\","
                + "\"received\":1,\"closed\":1,\"rated\":1,\"closureRate\":100.0,\"satisfactionRate\":100.0,"
                + "\"share\":16.7}");
        assertThat(source(summary, "LETTER_OR_PHONE")).isEqualTo("{\"source\":\"LETTER_OR_PHONE\","
                + "\"label\":\"来信来电登记\",\"received\":5,\"closed\":1,\"rated\":2,\"closureRate\":20.0,"
                + "\"satisfactionRate\":50.0,\"share\":83.3}");
        assertThat(source(summary, "HOTLINE_12345")).isEqualTo("{\"source\":\"HOTLINE_12345\","
                + "\"label\":\"12345疑难工单\",\"received\":0,\"closed\":0,\"rated\":0,\"closureRate\":null,"
                + "\"satisfactionRate\":null,\"share\":0.0}");
        assertThat(summary.get("petitions").get("bySource")).extracting(node -> node.get("source").asString())
                .containsExactly("DEPUTY_QR_CODE", "STATION_QR_CODE", "STATION_VISIT", "HOTLINE_12345",
                        "LETTERS_AND_VISITS", "LETTER_OR_PHONE");
        // g-4, replied B and found solved in September, stays B: the reply's class is what the year publishes.
        assertThat(summary.get("suggestions").toString()).isEqualTo("{\"received\":5,\"replied\":4,\"classA\":1,"
                + "\"classB\":2,\"classC\":1,\"classAShare\":25.0,\"classBShare\":50.0,\"classCShare\":25.0,"
                + "\"onTimeReplyRate\":75.0,\"keySupervision\":1}");
        assertThat(summary.get("mediation").toString())
                .isEqualTo("{\"referred\":5,\"settled\":2,\"failed\":1,\"successRate\":66.7}");
        assertThat(summary.get("ballots").toString()).isEqualTo("{\"held\":2,\"entitled\":8,\"voted\":6,"
                + "\"turnout\":75.0,\"projectsApproved\":3,\"approvedBudget\":\"102000000.00\"}");
        assertThat(summary.get("activity").toString()).isEqualTo("{\"activeDeputies\":6,\"activeStations\":2}");
        assertThat(summary.get("regions").toString()).isEqualTo("["
                + "{\"regionId\":\"150102001\",\"regionName\":\"东城镇\",\"petitionsReceived\":3,"
                + "\"petitionsClosed\":1,\"closureRate\":33.3,\"overdue\":1},"
                + "{\"regionId\":\"150102002\",\"regionName\":\"西城镇\",\"petitionsReceived\":3,"
                + "\"petitionsClosed\":1,\"closureRate\":33.3,\"overdue\":0}]");
        // d-1: 2 petitions taken up × 5 + 3 suggestions filed × 10 + 3 sessions × 5 = 55, and since every act earns
        // points, 1 petition closed × 3 + 2 settlements × 5 + 2 ballot check-ins × 2 + 1 project inspection × 4 = 76;
        // d-2: 2 × 5 + 3 × 10 + 1 co-signature × 3 + 1 session × 5 = 48, and 57 with its settlement and check-ins;
        // d-3, d-4, d-6 and d-7 (not in the reference data, so unnamed) checked in at a ballot.
        assertThat(summary.get("topDeputies").toString()).isEqualTo("["
                + "{\"deputyId\":\"d-1\",\"name\":\"张三\",\"points\":76},"
                + "{\"deputyId\":\"d-2\",\"name\":\"李梅\",\"points\":57},"
                + "{\"deputyId\":\"d-3\",\"name\":null,\"points\":2},"
                + "{\"deputyId\":\"d-4\",\"name\":null,\"points\":2},"
                + "{\"deputyId\":\"d-6\",\"name\":null,\"points\":2},"
                + "{\"deputyId\":\"d-7\",\"name\":null,\"points\":2}]");
        assertThat(summary.get("topStations").toString()).isEqualTo("["
                + "{\"stationId\":\"s-1\",\"name\":\"东城镇代表之家\",\"activity\":15},"
                + "{\"stationId\":\"s-2\",\"name\":\"西城镇代表联络站\",\"activity\":10}]");
        assertThat(summary.get("overdue").toString()).isEqualTo("["
                + "{\"caseId\":\"m-5\",\"caseType\":\"MEDIATION\",\"title\":\"诉前调解：合同纠纷\","
                + "\"dueAt\":\"2026-03-07T02:00:00Z\",\"regionName\":\"东城镇\"},"
                + "{\"caseId\":\"p-2\",\"caseType\":\"PETITION\",\"title\":\"诉求p-2\","
                + "\"dueAt\":\"2026-04-01T02:00:00Z\",\"regionName\":\"河东村\"},"
                + "{\"caseId\":\"g-6\",\"caseType\":\"SUGGESTION\",\"title\":\"建议g-6\","
                + "\"dueAt\":\"2026-04-15T02:00:00Z\",\"regionName\":\"西城镇\"}]");
    }

    @Test
    void shouldTraceEachDayOfTheYearUpToToday() {
        JsonNode trend = summary("regionId=150102&period=YEAR&year=2026").get("trend");

        assertThat(trend).hasSize(326);
        assertThat(trend.get(0).toString()).isEqualTo("{\"date\":\"2026-01-01\",\"petitionsReceived\":1,"
                + "\"petitionsClosed\":0,\"suggestionsReplied\":0,\"mediationSettled\":0}");
        assertThat(trend.get(325).get("date").asString()).isEqualTo("2026-11-22");
        assertThat(day(trend, "2026-06-01")).isEqualTo("{\"date\":\"2026-06-01\",\"petitionsReceived\":1,"
                + "\"petitionsClosed\":1,\"suggestionsReplied\":0,\"mediationSettled\":0}");
        assertThat(totals(trend)).containsExactly(6L, 2L, 4L, 2L);
    }

    @Test
    void shouldDrillDownToATownAndItsVillages() {
        JsonNode summary = summary("regionId=150102001&period=YEAR&year=2026");

        assertThat(summary.get("regionName").asString()).isEqualTo("东城镇");
        assertThat(petitionTotals(summary.get("petitions"))).isEqualTo("{\"received\":3,\"closed\":1,\"open\":2,"
                + "\"overdue\":1,\"rated\":1,\"closureRate\":33.3,\"satisfactionRate\":100.0}");
        assertThat(summary.get("mediation").toString())
                .isEqualTo("{\"referred\":3,\"settled\":2,\"failed\":0,\"successRate\":100.0}");
        // The town's own ballot; the district congress's b-1 and its projects are not the town's.
        assertThat(summary.get("ballots").toString()).isEqualTo("{\"held\":1,\"entitled\":3,\"voted\":3,"
                + "\"turnout\":100.0,\"projectsApproved\":1,\"approvedBudget\":\"2000000.00\"}");
        assertThat(summary.get("regions").toString()).isEqualTo("["
                + "{\"regionId\":\"150102001001\",\"regionName\":\"河东村\",\"petitionsReceived\":1,"
                + "\"petitionsClosed\":0,\"closureRate\":0.0,\"overdue\":1}]");
        // d-2 co-signed g-1, a suggestion of 东城镇.
        assertThat(summary.get("topDeputies").toString()).isEqualTo("["
                + "{\"deputyId\":\"d-1\",\"name\":\"张三\",\"points\":70},"
                + "{\"deputyId\":\"d-2\",\"name\":\"李梅\",\"points\":3},"
                // d-6 and d-7 checked in at 东城镇's ballot; the known history never registers them.
                + "{\"deputyId\":\"d-6\",\"name\":null,\"points\":2},"
                + "{\"deputyId\":\"d-7\",\"name\":null,\"points\":2}]");
    }

    @Test
    void shouldCountOnlyBallotsThatClosedInThePeriod() {
        // 西城镇's b-3 is still collecting candidates: not held, no turnout yet.
        assertThat(summary("regionId=150102002&period=YEAR&year=2026").get("ballots").toString())
                .isEqualTo("{\"held\":0,\"entitled\":0,\"voted\":0,\"turnout\":null,\"projectsApproved\":0,"
                        + "\"approvedBudget\":\"0.00\"}");
        assertThat(summary("regionId=150102&period=MONTH").get("ballots").get("held").asLong()).isZero();
        assertThat(summary("regionId=150102&period=YEAR&year=2025").get("ballots").get("projectsApproved").asLong())
                .isZero();
    }

    @Test
    void shouldDefaultToTheTopRegionAndTheCurrentYear() {
        JsonNode summary = summary("");

        assertThat(summary.get("regionId").asString()).isEqualTo("150102");
        assertThat(summary.get("period").get("kind").asString()).isEqualTo("YEAR");
        assertThat(summary.get("period").get("from").asString()).isEqualTo("2026-01-01");
        assertThat(summary.get("petitions").get("received").asLong()).isEqualTo(6);
    }

    @Test
    void shouldReportNothingToRateForAQuietDay() {
        JsonNode summary = summary("regionId=150102&period=TODAY");

        assertThat(summary.get("period").toString())
                .isEqualTo("{\"kind\":\"TODAY\",\"from\":\"2026-11-22\",\"to\":\"2026-11-22\"}");
        assertThat(petitionTotals(summary.get("petitions"))).isEqualTo("{\"received\":0,\"closed\":0,\"open\":0,"
                + "\"overdue\":0,\"rated\":0,\"closureRate\":null,\"satisfactionRate\":null}");
        assertThat(summary.get("trend")).hasSize(30);
        assertThat(summary.get("trend").get(0).get("date").asString()).isEqualTo("2026-10-24");
        assertThat(summary.get("overdue")).hasSize(3);
    }

    @Test
    void shouldCountTheLastEveningOfTheYearInThatYearBeijingTime() {
        JsonNode lastYear = summary("regionId=150102&period=YEAR&year=2025");

        assertThat(lastYear.get("petitions").get("received").asLong()).isEqualTo(1);
        assertThat(lastYear.get("trend")).hasSize(365);
    }

    @Test
    void shouldRefuseAYearWithoutTheYearPeriodAndAnUnknownRegion() {
        Http.Response withYear = http.get("/api/cockpit/summary?period=MONTH&year=2025", "leader");
        assertThat(withYear.status()).isEqualTo(400);
        assertThat(withYear.json().get("detail").asString()).isEqualTo("只有按年统计（period=YEAR）时才能指定年份");

        Http.Response unknown = http.get("/api/cockpit/summary?regionId=999999", "leader");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("未找到编号为「999999」的行政区划");
    }

    @Test
    void shouldLetOnlyCockpitRolesReadTheSummary() {
        assertThat(http.get("/api/cockpit/summary", null).status()).isEqualTo(401);
        assertThat(http.get("/api/cockpit/summary", "unit").status()).isEqualTo(403);
        assertThat(http.get("/api/cockpit/summary", "citizen").status()).isEqualTo(403);
        for (String role : List.of("leader", "supervisor", "auditor", "admin", "clerk")) {
            assertThat(http.get("/api/cockpit/summary", role).status()).as(role).isEqualTo(200);
        }
    }

    /** The petition totals, without the split by source. */
    private static String petitionTotals(JsonNode petitions) {
        ObjectNode totals = (ObjectNode) petitions.deepCopy();
        totals.remove("bySource");
        return totals.toString();
    }

    private static String source(JsonNode summary, String source) {
        for (JsonNode figures : summary.get("petitions").get("bySource")) {
            if (figures.get("source").asString().equals(source)) {
                return figures.toString();
            }
        }
        throw new AssertionError("no figures of " + source);
    }

    private JsonNode summary(String query) {
        Http.Response response = http.get("/api/cockpit/summary?" + query, "leader");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long maxGlobalIndex() {
        return jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
    }

    private static String day(JsonNode trend, String date) {
        for (JsonNode point : trend) {
            if (point.get("date").asString().equals(date)) {
                return point.toString();
            }
        }
        throw new AssertionError("No trend point for " + date);
    }

    private static List<Long> totals(JsonNode trend) {
        long[] sums = new long[4];
        for (JsonNode point : trend) {
            sums[0] += point.get("petitionsReceived").asLong();
            sums[1] += point.get("petitionsClosed").asLong();
            sums[2] += point.get("suggestionsReplied").asLong();
            sums[3] += point.get("mediationSettled").asLong();
        }
        List<Long> totals = new ArrayList<>();
        for (long sum : sums) {
            totals.add(sum);
        }
        return totals;
    }
}
