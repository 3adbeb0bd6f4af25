package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Receptions (进家接待) over the whole application: a deputy records one, bad input is refused naming the field in
 * Chinese, an open issue becomes a petition that links back (and the reception to it), and the figures count it.
 */
class ReceptionIT {

    private static AccessApp app;

    @BeforeAll
    static void start() {
        app = AccessApp.get();
    }

    private static String record(String user, String deputies) {
        AccessApp.Client.Answer recorded = app.as(user).post("/api/receptions", """
                {"stationId": "%s", "receivedAt": "%s", "deputyIds": %s, "citizensReceived": 23,
                 "issues": [{"text": "小区路灯不亮", "answer": "已联系社区当天维修"},
                            {"text": "老旧小区加装电梯费用分摊"}]}"""
                .formatted(AccessApp.STATION, Instant.now().minus(2, ChronoUnit.HOURS), deputies));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.field("aggregateId");
    }

    @Test
    void shouldTurnAnOpenIssueIntoAPetitionThatLinksBackToTheReception() {
        String id = record("deputy", "[\"" + AccessApp.DEPUTY + "\"]");
        app.awaitReadable("deputy", "/api/receptions/" + id);
        String actions = app.as("deputy").get("/api/receptions/" + id + "/actions").body();
        assertThat(JsonPath.<List<Boolean>>read(actions, "$.actions[?(@.action == 'turn-into-petition')].allowed"))
                .containsExactly(true);

        app.as("deputy").act("/api/receptions/" + id + "/turn-into-petition", """
                {"issueNumber": 2, "deputyId": "%s", "regionId": "%s", "petitioner": {"name": "王秀兰"},
                 "title": "加装电梯费用分摊"}""".formatted(AccessApp.DEPUTY, AccessApp.TOWN));

        app.awaitReadable("clerk", "/api/receptions/" + id, body -> body.contains("\"SETTLED\""));
        String reception = app.as("clerk").get("/api/receptions/" + id).body();
        String petitionId = JsonPath.read(reception, "$.issues[1].petitionId");
        assertThat(petitionId).isNotBlank();
        assertThat(JsonPath.<String>read(reception, "$.issues[0].answer")).isEqualTo("已联系社区当天维修");
        assertThat(JsonPath.<Boolean>read(reception, "$.issues[0].answeredOnTheSpot")).isTrue();

        app.awaitReadable("clerk", "/api/petitions/" + petitionId);
        String petition = app.as("clerk").get("/api/petitions/" + petitionId).body();
        assertThat(JsonPath.<String>read(petition, "$.receptionId")).isEqualTo(id);
        assertThat(JsonPath.<String>read(petition, "$.source")).isEqualTo("STATION_VISIT");
        assertThat(JsonPath.<String>read(petition, "$.stationId")).isEqualTo(AccessApp.STATION);
        assertThat(JsonPath.<String>read(petition, "$.deputyId")).isEqualTo(AccessApp.DEPUTY);
        assertThat(JsonPath.<String>read(petition, "$.content")).isEqualTo("老旧小区加装电梯费用分摊");

        AccessApp.Client.Answer again = app.as("deputy").post("/api/receptions/" + id + "/turn-into-petition", """
                {"issueNumber": 2, "deputyId": "%s", "regionId": "%s", "petitioner": {"name": "王秀兰"},
                 "title": "加装电梯费用分摊"}""".formatted(AccessApp.DEPUTY, AccessApp.TOWN));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }

    @Test
    void shouldCreditTheDeputyWhoReceivedInTheirArchiveThoughAReceptionHasNoRegion() {
        String id = record("clerk", "[\"" + AccessApp.DEPUTY + "\"]");

        app.awaitReadable("clerk", "/api/deputies/" + AccessApp.DEPUTY + "/archive", body -> body.contains(id));
        String archive = app.as("clerk").get("/api/deputies/" + AccessApp.DEPUTY + "/archive").body();
        assertThat(JsonPath.<List<String>>read(archive, "$.acts[?(@.caseId == '" + id + "')].kind"))
                .containsExactly("RECEPTION_HELD");
    }

    @Test
    void shouldRefuseBadInputNamingTheFieldInChinese() {
        AccessApp.Client.Answer noDeputy = app.as("clerk").post("/api/receptions", """
                {"stationId": "%s", "receivedAt": "2026-01-05T02:00:00Z", "deputyIds": [], "citizensReceived": 0,
                 "issues": []}""".formatted(AccessApp.STATION));
        assertThat(noDeputy.status()).as(noDeputy.body()).isEqualTo(400);
        assertThat(noDeputy.body()).contains("\"field\":\"deputyIds\"", "\"field\":\"citizensReceived\"");

        AccessApp.Client.Answer unknownStation = app.as("clerk").post("/api/receptions", """
                {"stationId": "s-nowhere", "receivedAt": "2026-01-05T02:00:00Z", "deputyIds": ["%s"],
                 "citizensReceived": 3, "issues": []}""".formatted(AccessApp.DEPUTY));
        assertThat(unknownStation.status()).as(unknownStation.body()).isEqualTo(422);
        assertThat(unknownStation.body()).contains("\"field\":\"stationId\"");

        AccessApp.Client.Answer future = app.as("clerk").post("/api/receptions", """
                {"stationId": "%s", "receivedAt": "2999-01-05T02:00:00Z", "deputyIds": ["%s"],
                 "citizensReceived": 3, "issues": []}""".formatted(AccessApp.STATION, AccessApp.DEPUTY));
        assertThat(future.status()).as(future.body()).isEqualTo(422);
        assertThat(future.body()).contains("接待时间不能晚于当前时间");

        // A deputy records only receptions they received at.
        AccessApp.Client.Answer another = app.as("deputy").post("/api/receptions", """
                {"stationId": "%s", "receivedAt": "2026-01-05T02:00:00Z", "deputyIds": ["%s"],
                 "citizensReceived": 3, "issues": []}""".formatted(AccessApp.STATION, AccessApp.OTHER_DEPUTY));
        assertThat(another.status()).as(another.body()).isEqualTo(403);
    }

    @Test
    void shouldCountReceptionsCitizensIssuesAndPetitionsPerStationAndDeputy() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String before = app.as("clerk").get("/api/reception-figures?year=" + year).body();
        String id = record("clerk", "[\"" + AccessApp.DEPUTY + "\", \"" + AccessApp.OTHER_DEPUTY + "\"]");
        app.awaitReadable("clerk", "/api/receptions/" + id);

        String after = app.as("clerk").get("/api/reception-figures?year=" + year).body();
        assertThat(count(after, "$.total.receptions") - count(before, "$.total.receptions")).isEqualTo(1);
        assertThat(count(after, "$.total.citizens") - count(before, "$.total.citizens")).isEqualTo(23);
        assertThat(count(after, "$.total.issues") - count(before, "$.total.issues")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(after, "$.stations[*].of.id")).contains(AccessApp.STATION);
        assertThat(JsonPath.<List<String>>read(after, "$.deputies[*].of.id"))
                .contains(AccessApp.DEPUTY, AccessApp.OTHER_DEPUTY);
        // A unit has no business with receptions; a bad year is named.
        assertThat(app.as("unit").get("/api/reception-figures").status()).isEqualTo(403);
        AccessApp.Client.Answer badYear = app.as("clerk").get("/api/reception-figures?year=0");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("\"field\":\"year\"");
    }

    private static long count(String body, String path) {
        return ((Number) JsonPath.read(body, path)).longValue();
    }
}
