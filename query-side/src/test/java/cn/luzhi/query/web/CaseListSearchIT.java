package cn.luzhi.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import cn.luzhi.query.support.StaffAccounts;
import cn.luzhi.query.support.Workbooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case lists' word search ({@code q}), order ({@code sort}) and Excel export, through the real HTTP API, over
 * the known history and four petitions and a suggestion of their own in a region no other test looks at.
 */
class CaseListSearchIT extends QuerySideIntegrationTest {

    /** A region of this test's own cases only. */
    private static final String REGION = "880101";
    /** Each list with its id field and the columns the API lets it sort by. */
    private static final Map<String, String> ID_FIELDS = Map.of("/api/petitions", "petitionId",
            "/api/suggestions", "suggestionId", "/api/mediation-cases", "mediationCaseId", "/api/ballots", "ballotId",
            "/api/projects", "projectId");
    private static final Map<String, List<String>> SORTABLE = Map.of(
            "/api/petitions", List.of("submittedAt", "replyDueAt", "status", "source", "title", "regionId"),
            "/api/suggestions", List.of("title", "kind", "status", "leadDeputyId", "leadUnitId", "result",
                    "submittedAt", "replyDueAt"),
            "/api/mediation-cases", List.of("mediationCaseId", "status", "disputeType", "regionId", "courtId",
                    "referredAt", "mediationDueAt", "endedAt"),
            "/api/ballots", List.of("title", "status", "level", "regionId", "year", "entitled", "votesCast",
                    "createdAt", "closesAt"),
            "/api/projects", List.of("title", "status", "ballotId", "regionId", "year", "budget", "percent",
                    "inspections", "approvedAt", "completedAt"));
    private static long lastIndex;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Projections.awaitProcessed(processing, KnownHistory.appendOnce(new EventLog(eventStore, jdbc)));
        Projections.awaitProcessed(processing, appendOnce(new EventLog(eventStore, jdbc)));
    }

    private static synchronized long appendOnce(EventLog log) {
        if (lastIndex == 0) {
            submit(log, "ls-1", "小区停车难", "晚上车位不够，停车很难", "2026-07-01");
            PetitionId lamp = submit(log, "ls-2", "路灯不亮", "村口路灯坏了，夜间出行不便", "2026-07-02");
            log.append(KnownHistory.on("2026-07-03"), new PetitionAccepted(lamp, DeputyId.of("d-1"), null));
            log.append(KnownHistory.on("2026-07-03"), new PetitionForwarded(lamp,
                    List.of(HandlingUnitId.of(StaffAccounts.UNIT_ID)), KnownHistory.on("2026-08-03"), null));
            submit(log, "ls-3", "道路积水", "下雨后道路积水严重，停车场也被淹", "2026-07-03");
            submit(log, "ls-4", "Street LIGHT 报修", null, "2026-07-04");
            log.append(KnownHistory.on("2026-07-05"), new PetitionSubmitted(PetitionId.of("ls-5"),
                    PetitionSource.HOTLINE_12345, RegionId.of(REGION), DeputyId.of("d-1"), null,
                    PersonRef.of("person-ls-5"), "井盖缺失", "热线转来：井盖丢失多日",
                    new HotlineTicket("GD-0815", LocalDate.of(2026, 7, 1), "两次转派未解决"), null));
            lastIndex = log.append(KnownHistory.on("2026-07-05"), new SuggestionDrafted(SuggestionId.of("ls-g1"),
                    SuggestionKind.SUGGESTION, DeputyId.of("d-1"), RegionId.of(REGION), "关于老旧小区加装电梯的建议",
                    "多层住宅加装电梯，方便老人出行", null));
        }
        return lastIndex;
    }

    private static PetitionId submit(EventLog log, String id, String title, String content, String date) {
        log.append(KnownHistory.on(date), new PetitionSubmitted(PetitionId.of(id), PetitionSource.LETTER_OR_PHONE,
                RegionId.of(REGION), null, null, PersonRef.of("person-" + id), title, content));
        return PetitionId.of(id);
    }

    @Test
    void shouldFindPetitionsByChineseWordsWithoutSegmentation() {
        assertThat(petitions("q=停车")).containsExactly("ls-3", "ls-1");
        assertThat(petitions("q=灯")).containsExactly("ls-2");
        assertThat(petitions("q=很难")).containsExactly("ls-1");
        assertThat(petitions("q=停车场被淹")).isEmpty();
        assertThat(petitions("q=" + encode("  停车  积水 "))).containsExactly("ls-3");
        assertThat(petitions("q=" + encode("停车\u3000积水"))).containsExactly("ls-3");
        assertThat(petitions("q=light")).containsExactly("ls-4");
        assertThat(petitions("q=" + encode("street LIGHT"))).containsExactly("ls-4");
        assertThat(petitions("q=" + encode("%"))).isEmpty();
        assertThat(petitions("q=" + encode("_"))).isEmpty();
        JsonNode none = get("/api/petitions?regionId=" + REGION + "&q=天然气", "clerk");
        assertThat(none.get("totalElements").asLong()).isZero();
    }

    @Test
    void shouldSearchEveryListInItsOwnText() {
        assertThat(ids(get("/api/suggestions?q=" + encode("加装 电梯"), "clerk"), "suggestionId"))
                .containsExactly("ls-g1");
        assertThat(ids(get("/api/suggestions?q=老人", "clerk"), "suggestionId")).containsExactly("ls-g1");
        assertThat(ids(get("/api/mediation-cases?q=m-2", "clerk"), "mediationCaseId")).containsExactly("m-2");
        assertThat(ids(get("/api/projects?q=饮水", "clerk"), "projectId")).containsExactly("pr-2");
        assertThat(ids(get("/api/ballots?q=" + encode("示范区 票决"), "clerk"), "ballotId")).containsExactly("b-1");
    }

    @Test
    void shouldKeepTheScopeWhenSearching() {
        assertThat(ids(get("/api/petitions?q=" + encode("路灯"), "unit"), "petitionId")).containsExactly("ls-2");
        assertThat(ids(get("/api/petitions?q=" + encode("停车"), "unit"), "petitionId")).isEmpty();
    }

    @Test
    void shouldSortEveryListByEveryColumnItShows() {
        SORTABLE.forEach((list, columns) -> {
            for (String column : columns) {
                for (String sort : List.of(column, "-" + column)) {
                    Http.Response response = http.get(list + "?size=200&sort=" + sort, "clerk");
                    assertThat(response.status()).as(list + " " + sort + ": " + response.body()).isEqualTo(200);
                }
            }
        });
        assertThat(petitions("sort=status")).containsExactly("ls-2", "ls-1", "ls-3", "ls-4", "ls-5");
        assertThat(petitions("sort=-submittedAt")).containsExactly("ls-5", "ls-4", "ls-3", "ls-2", "ls-1");
        assertThat(ids(get("/api/suggestions?deputyId=d-2&sort=title", "clerk"), "suggestionId"))
                .containsExactly("g-1", "g-2", "g-5", "g-6");
        assertThat(ids(get("/api/suggestions?deputyId=d-2&sort=-title", "clerk"), "suggestionId"))
                .containsExactly("g-6", "g-5", "g-2", "g-1");
        assertThat(ids(get("/api/mediation-cases?deputyId=d-1&sort=mediationCaseId", "clerk"), "mediationCaseId"))
                .containsExactly("m-1", "m-4");
        assertThat(ids(get("/api/projects?ballotId=b-1&sort=-budget", "clerk"), "projectId"))
                .containsExactly("pr-1", "pr-2");
        assertThat(ids(get("/api/projects?ballotId=b-1&sort=budget", "clerk"), "projectId"))
                .containsExactly("pr-2", "pr-1");
    }

    @Test
    void shouldRefuseAnUnknownSortColumnOrTooManyWordsNamingTheParameter() {
        for (String list : ID_FIELDS.keySet()) {
            assertRefused(list + "?sort=petitionerRef", "sort", "不能按此列排序");
            assertRefused(list + "/export.xlsx?sort=-partyRefs", "sort", "不能按此列排序");
            assertRefused(list + "?q=" + encode("一 二 三 四 五 六 七 八 九 十 十一"), "q", "关键词最多 10 个");
        }
    }

    @Test
    void shouldFindA12345TicketByItsNumberAsTheHotlineQuotesIt() {
        assertThat(petitions("ticketNumber=GD-0815")).containsExactly("ls-5");
        assertThat(petitions("ticketNumber=" + encode(" GD-0815 "))).containsExactly("ls-5");
        assertThat(petitions("ticketNumber=GD-081")).isEmpty();
        assertThat(petitions("ticketNumber=")).hasSize(5);
        JsonNode found = get("/api/petitions?ticketNumber=GD-0815&regionId=" + REGION, "clerk").get("items").get(0);
        assertThat(found.get("hotlineTicketNumber").asString()).isEqualTo("GD-0815");
        assertRefused("/api/petitions?ticketNumber=" + "1".repeat(41), "ticketNumber", "12345工单号最多40个字符");
    }

    @Test
    void shouldRefuseAnUnknownSourceNamingTheParameterOnTheListAndItsExport() {
        for (String path : List.of("/api/petitions", "/api/petitions/export.xlsx")) {
            assertRefused(path + "?source=HOTLINE", "source", "查询参数「source」的值「HOTLINE」无法识别，可选值："
                    + "DEPUTY_QR_CODE、STATION_QR_CODE、STATION_VISIT、HOTLINE_12345、LETTERS_AND_VISITS、LETTER_OR_PHONE");
        }
    }

    @Test
    void shouldExportOnlyThePetitionsOfTheSourceAsked() throws IOException {
        HttpResponse<byte[]> response = http.download("/api/petitions/export.xlsx?source=LETTER_OR_PHONE&regionId="
                + REGION, "clerk");

        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = sheet(response.body());
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row.get(3))
                .isEqualTo("来信来电登记"));
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
                .isEqualTo(ids(get("/api/petitions?source=LETTER_OR_PHONE&regionId=" + REGION, "clerk"),
                        "petitionId"));
    }

    @Test
    void shouldExportTheListsRowsWithThePagesColumnsInChinese() throws IOException {
        String query = "?regionId=" + REGION + "&sort=status";
        HttpResponse<byte[]> response = http.download("/api/petitions/export.xlsx" + query, "clerk");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''" + encode("民意诉求-").replace("+", "%20"))
                .endsWith(".xlsx");
        List<List<String>> rows = sheet(response.body());
        assertThat(rows.get(0)).containsExactly("诉求编号", "标题", "状态", "来源", "12345工单号", "区域", "承办单位",
                "登记时间", "答复期限", "是否逾期");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
                .isEqualTo(petitions("sort=status"));
        assertThat(rows.get(1)).containsExactly("ls-2", "路灯不亮", "转办中", "来信来电登记", "", REGION, "区水务局",
                "2026-07-02 10:00:00", "2026-08-03 10:00:00", "未逾期");
        assertThat(rows.get(2).get(8)).isEmpty();
    }

    @Test
    void shouldExportWhatTheListShowsForTheSameFilterOnEveryList() throws IOException {
        for (String query : List.of("/api/petitions?q=停车", "/api/suggestions?deputyId=d-2&sort=title",
                "/api/mediation-cases?deputyId=d-1&sort=-referredAt", "/api/ballots?sort=year",
                "/api/projects?sort=-budget&q=" + encode("改造"))) {
            String list = query.substring(0, query.indexOf('?'));
            String parameters = query.substring(query.indexOf('?'));
            List<String> listed = ids(get(query, "clerk"), ID_FIELDS.get(list));
            HttpResponse<byte[]> response = http.download(list + "/export.xlsx" + parameters, "clerk");
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            List<List<String>> rows = sheet(response.body());
            assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList()).as(query)
                    .isNotEmpty().isEqualTo(listed);
        }
    }

    @Test
    void shouldExportOnlyTheUnitsOwnCases() throws IOException {
        HttpResponse<byte[]> response = http.download("/api/petitions/export.xlsx?regionId=" + REGION, "unit");

        List<List<String>> rows = sheet(response.body());
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList()).containsExactly("ls-2");
        assertThat(http.download("/api/petitions/export.xlsx", "citizen").statusCode()).isEqualTo(403);
        assertThat(http.download("/api/petitions/export.xlsx", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnExportAboveTheLimitAskingToNarrowTheFilter() {
        Http.Response response = http.get("/api/petitions/export.xlsx", "clerk");

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("filter");
        assertThat(problem.get("detail").asString()).contains("一次最多导出 6 件").contains("请缩小筛选条件");
    }

    private void assertRefused(String path, String field, String message) {
        Http.Response response = http.get(path, "clerk");
        assertThat(response.status()).as(path).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors").get(0).get("field").asString()).as(path).isEqualTo(field);
        assertThat(problem.get("detail").asString()).as(path).contains(message);
    }

    private List<String> petitions(String query) {
        return ids(get("/api/petitions?regionId=" + REGION + "&" + query, "clerk"), "petitionId");
    }

    private JsonNode get(String path, String user) {
        Http.Response response = http.get(path, user);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    private static List<List<String>> sheet(byte[] workbook) throws IOException {
        return Workbooks.rows(new ByteArrayInputStream(workbook));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
