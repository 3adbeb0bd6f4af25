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

/** The ballot and livelihood project lists and details over the known history, through the real HTTP API. */
class BallotListsIT extends QuerySideIntegrationTest {


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
    }

    @Test
    void shouldListBallotsNewestFirstWithTheirTurnout() {
        JsonNode page = get("/api/ballots");

        assertThat(ids(page, "ballotId")).containsExactly("b-3", "b-2", "b-1");
        JsonNode b1 = page.get("items").get(2);
        assertThat(b1.get("statusLabel").asString()).isEqualTo("结果已公布");
        assertThat(b1.get("levelLabel").asString()).isEqualTo("人代会票决");
        assertThat(b1.get("regionName").asString()).isEqualTo("示范区");
        assertThat(b1.get("candidates").asInt()).isEqualTo(4);
        assertThat(b1.get("entitled").asInt()).isEqualTo(5);
        assertThat(b1.get("checkedIn").asInt()).isEqualTo(4);
        assertThat(b1.get("votesCast").asInt()).isEqualTo(3);
        assertThat(b1.get("turnout").decimalValue()).isEqualByComparingTo("60.0");
        JsonNode b3 = page.get("items").get(0);
        assertThat(b3.get("statusLabel").asString()).isEqualTo("征集中");
        assertThat(b3.get("turnout").isNull()).isTrue();
    }

    @Test
    void shouldFilterAndPageBallots() {
        assertThat(ids(get("/api/ballots?regionId=150102001"), "ballotId")).containsExactly("b-2");
        assertThat(ids(get("/api/ballots?level=CONGRESS"), "ballotId")).containsExactly("b-1");
        assertThat(ids(get("/api/ballots?status=PUBLISHED"), "ballotId")).containsExactly("b-2", "b-1");
        assertThat(ids(get("/api/ballots?year=2027"), "ballotId")).containsExactly("b-3");

        JsonNode page = get("/api/ballots?page=1&size=2");
        assertThat(ids(page, "ballotId")).containsExactly("b-1");
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(http.get("/api/ballots?size=201", "clerk").status()).isEqualTo(400);
    }

    @Test
    void shouldShowABallotsTallyAndProjectsButNoVoter() {
        Http.Response response = http.get("/api/ballots/b-1", "clerk");
        assertThat(response.status()).isEqualTo(200);
        JsonNode b1 = response.json();

        assertThat(b1.get("maxChoices").asInt()).isEqualTo(2);
        assertThat(b1.get("shortlistReason").asString()).isEqualTo("按轻重缓急初定");
        // The raw body, as reading it into a tree would turn the budgets into floating point numbers.
        assertThat(response.body()).contains("\"candidates\":["
                + candidate("c-1", "老旧小区改造", "CITIZEN", "群众建议", "60000000.00", 1, 1, 2, true) + ","
                + candidate("c-2", "农村饮水安全提升", "DEPUTY", "代表提出", "40000000.00", 2, 2, 2, true) + ","
                + candidate("c-3", "社区养老服务中心", "GOVERNMENT", "政府部门提出", "25000000.00", 3, 3, 1, false) + ","
                + candidate("c-4", "城区停车场建设", "CITIZEN", "群众建议", "30000000.00", null, null, null, null) + "],");
        assertThat(ids(b1.get("projects"), "projectId")).containsExactly("pr-1", "pr-2");
        assertThat(b1.get("projects").get(0).get("statusLabel").asString()).isEqualTo("已测评");
        // Deputies are counted, never named: neither who was entitled nor who checked in, let alone a paper.
        assertThat(b1.toString()).doesNotContain("d-1").doesNotContain("hash").doesNotContain("paper");

        Http.Response unknown = http.get("/api/ballots/b-unknown", "clerk");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("未找到编号为「b-unknown」的票决");
    }

    @Test
    void shouldListAndFilterProjects() {
        assertThat(ids(get("/api/projects"), "projectId")).containsExactly("pr-3", "pr-1", "pr-2");
        assertThat(ids(get("/api/projects?ballotId=b-1"), "projectId")).containsExactly("pr-1", "pr-2");
        assertThat(ids(get("/api/projects?regionId=150102001"), "projectId")).containsExactly("pr-3");
        assertThat(ids(get("/api/projects?status=IN_PROGRESS"), "projectId")).containsExactly("pr-2");
        assertThat(ids(get("/api/projects?year=2025"), "projectId")).isEmpty();

        JsonNode pr3 = get("/api/projects?regionId=150102001").get("items").get(0);
        assertThat(pr3.get("ballot").toString()).isEqualTo("{\"ballotId\":\"b-2\",\"title\":\"2026年东城镇民生实事项目票选\"}");
        assertThat(pr3.get("regionName").asString()).isEqualTo("东城镇");
        assertThat(pr3.get("statusLabel").asString()).isEqualTo("已票决立项");
        assertThat(pr3.get("satisfactionRate").isNull()).isTrue();
    }

    @Test
    void shouldShowAProjectsPlanProgressAndSatisfaction() {
        JsonNode pr1 = get("/api/projects/pr-1");

        assertThat(pr1.get("budget").decimalValue()).isEqualByComparingTo("60000000.00");
        assertThat(pr1.get("milestones").toString()).isEqualTo("["
                + "{\"name\":\"设计\",\"dueDate\":\"2026-03-31\",\"reachedAt\":\"2026-03-30T02:00:00Z\"},"
                + "{\"name\":\"施工\",\"dueDate\":\"2026-09-30\",\"reachedAt\":\"2026-09-30T02:00:00Z\"}]");
        assertThat(pr1.get("percent").asInt()).isEqualTo(100);
        assertThat(pr1.get("inspections").asInt()).isEqualTo(1);
        assertThat(pr1.get("lastInspectedOn").asString()).isEqualTo("2026-05-10");
        assertThat(pr1.get("completionComment").asString()).isEqualTo("竣工验收合格");
        assertThat(pr1.get("rated").asLong()).isEqualTo(50);
        assertThat(pr1.get("satisfactionRate").decimalValue()).isEqualByComparingTo("96.0");

        Http.Response unknown = http.get("/api/projects/pr-unknown", "clerk");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("未找到编号为「pr-unknown」的民生实事项目");
    }

    @Test
    void shouldShowBallotsAndProjectsToStaffButNotToCitizens() {
        for (String path : List.of("/api/ballots", "/api/ballots/b-1", "/api/projects", "/api/projects/pr-1")) {
            assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(http.get(path, "citizen").status()).as(path).isEqualTo(403);
            assertThat(http.get(path, "deputy").status()).as(path).isEqualTo(200);
            assertThat(http.get(path, "unit").status()).as(path).isEqualTo(200);
            assertThat(http.get(path, "leader").status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void shouldShowTheRollCallToTheDeskAndOnlyThemselvesToADeputy() {
        JsonNode desk = get("/api/ballots/b-1/roll-call");
        assertThat(desk.get("entitled").asInt()).isEqualTo(5);
        assertThat(desk.get("checkedIn").asInt()).isEqualTo(4);
        assertThat(desk.get("votesCast").asInt()).isEqualTo(3);
        assertThat(desk.get("deputies").toString()).isEqualTo("["
                + "{\"deputyId\":\"d-1\",\"name\":\"张三\",\"checkedIn\":true},"
                + "{\"deputyId\":\"d-2\",\"name\":\"李梅\",\"checkedIn\":true},"
                + "{\"deputyId\":\"d-3\",\"name\":\"d-3\",\"checkedIn\":true},"
                + "{\"deputyId\":\"d-4\",\"name\":\"d-4\",\"checkedIn\":true},"
                + "{\"deputyId\":\"d-5\",\"name\":\"d-5\",\"checkedIn\":false}]");

        Http.Response own = http.get("/api/ballots/b-1/roll-call", "deputy");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("deputies").toString())
                .isEqualTo("[{\"deputyId\":\"d-1\",\"name\":\"张三\",\"checkedIn\":true}]");
        assertThat(http.get("/api/ballots/b-1/roll-call", "unit").status()).isEqualTo(403);
        assertThat(http.get("/api/ballots/b-1/roll-call", "citizen").status()).isEqualTo(403);
        assertThat(http.get("/api/ballots/b-unknown/roll-call", "clerk").status()).isEqualTo(404);
    }

    private static String candidate(String id, String title, String proposer, String proposerLabel, String budget,
                                    Integer position, Integer rank, Integer votes, Boolean approved) {
        return "{\"candidateId\":\"" + id + "\",\"title\":\"" + title + "\",\"description\":\"" + title + "的说明\","
                + "\"proposerKind\":\"" + proposer + "\",\"proposerKindLabel\":\"" + proposerLabel + "\","
                + "\"estimatedBudget\":" + budget + ",\"shortlistPosition\":" + position + ",\"tallyRank\":" + rank
                + ",\"votes\":" + votes + ",\"approved\":" + approved + "}";
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
