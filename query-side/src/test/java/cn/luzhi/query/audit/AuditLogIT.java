package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The global audit log over real events in the real event store, through the HTTP API: every filter, keyset
 * paging, the "at least" count, and the CSV and Excel exports. The district 990101 审计区 (towns 990101001 甲镇
 * and 990101002 乙镇) is this test's own, so that events other tests append do not change what it sees.
 */
class AuditLogIT extends QuerySideIntegrationTest {

    private static final String DISTRICT = "990101";
    private static final String TOWN_A = "990101001";
    private static final String TOWN_B = "990101002";
    private static final String URGE_REASON = "=HYPERLINK(\"http://evil\",\"点我\"), 请尽快";
    private static final Map<String, Long> INDEX = new HashMap<>();


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        synchronized (INDEX) {
            if (INDEX.isEmpty()) {
                appendHistory(new EventLog(eventStore, jdbc));
            }
        }
        Projections.awaitProcessed(processing, INDEX.get("overdue"));
    }

    /** Nine events by five kinds of actor, in January to March 2026, in the order of their global index. */
    private static void appendHistory(EventLog log) {
        Map<String, ?> admin = actor("admin-1", "管理员甲", "ADMIN", null, "cmd-r");
        INDEX.put("district", log.append(KnownHistory.on("2026-01-05"),
                new RegionRegistered(RegionId.of(DISTRICT), "审计区", RegionLevel.DISTRICT, null), admin));
        INDEX.put("townA", log.append(KnownHistory.on("2026-01-05"), new RegionRegistered(RegionId.of(TOWN_A),
                "甲镇", RegionLevel.TOWN, RegionId.of(DISTRICT)), admin));
        INDEX.put("townB", log.append(KnownHistory.on("2026-01-05"), new RegionRegistered(RegionId.of(TOWN_B),
                "乙镇", RegionLevel.TOWN, RegionId.of(DISTRICT)), admin));
        PetitionId petition = PetitionId.of("audit-p-1");
        INDEX.put("submitted", log.append(KnownHistory.on("2026-01-10"), new PetitionSubmitted(petition,
                PetitionSource.DEPUTY_QR_CODE, RegionId.of(TOWN_A), DeputyId.of("audit-d-1"), null,
                PersonRef.of("audit-person-1"), "路灯不亮", "村口路灯坏了"), actor(null, null, "CITIZEN", null, "cmd-1")));
        INDEX.put("accepted", log.append(KnownHistory.on("2026-01-11"), new PetitionAccepted(petition,
                DeputyId.of("audit-d-1"), null), actor("audit-d-1", "张代表", "DEPUTY", null, "cmd-2")));
        INDEX.put("drafted", log.append(KnownHistory.on("2026-02-01"), new SuggestionDrafted(
                SuggestionId.of("audit-g-1"), SuggestionKind.SUGGESTION, DeputyId.of("audit-d-1"), RegionId.of(TOWN_B),
                "关于修路的建议", "乙镇道路破损", null), actor("audit-d-1", "张代表", "DEPUTY", null, "cmd-3")));
        INDEX.put("urged", log.append(KnownHistory.on("2026-02-15"), new PetitionUrged(petition,
                PetitionStatus.ACCEPTED, URGE_REASON), actor("audit-s-1", "督办员甲", "SUPERVISOR", URGE_REASON, "cmd-4")));
        INDEX.put("referred", log.append(KnownHistory.on("2026-03-01"), new MediationCaseReferred(
                MediationCaseId.of("audit-m-1"), HandlingUnitId.of("audit-court"), DisputeType.NEIGHBOURS,
                RegionId.of(TOWN_B), List.of(PersonRef.of("audit-party-a")), new BigDecimal("100.00"), "邻里纠纷",
                KnownHistory.on("2026-03-31")), actor("audit-c-1", "王芳", "CLERK", null, "cmd-5")));
        INDEX.put("overdue", log.append(KnownHistory.on("2026-03-05"), new PetitionOverdue(petition,
                KnownHistory.on("2026-03-05"), List.of()), actor(MetadataKeys.SYSTEM_ACTOR, "系统", "SYSTEM", null,
                null)));
    }

    private static Map<String, ?> actor(String id, String name, String role, String reason, String commandId) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(MetadataKeys.ACTOR_ROLE, role);
        if (id != null) {
            metaData.put(MetadataKeys.ACTOR_ID, id);
        }
        if (name != null) {
            metaData.put(MetadataKeys.ACTOR_NAME, name);
        }
        if (reason != null) {
            metaData.put(MetadataKeys.REASON, reason);
        }
        if (commandId != null) {
            metaData.put(MetadataKeys.COMMAND_ID, commandId);
        }
        return metaData;
    }

    @Test
    void shouldListEveryEventOfARegionAndItsSubregionsNewestFirst() {
        assertThat(indexes(search("regionId=" + DISTRICT))).containsExactly(INDEX.get("overdue"),
                INDEX.get("referred"), INDEX.get("urged"), INDEX.get("drafted"), INDEX.get("accepted"),
                INDEX.get("submitted"), INDEX.get("townB"), INDEX.get("townA"), INDEX.get("district"));
        assertThat(indexes(search("regionId=" + TOWN_A))).containsExactly(INDEX.get("overdue"), INDEX.get("urged"),
                INDEX.get("accepted"), INDEX.get("submitted"), INDEX.get("townA"));
        assertThat(indexes(search("regionId=" + DISTRICT + "&order=oldest")).get(0)).isEqualTo(INDEX.get("district"));
    }

    @Test
    void shouldShowEachRowWithItsLabels() {
        JsonNode urged = search("action=PetitionUrged&regionId=" + DISTRICT).get("items").get(0);

        assertThat(urged.get("globalIndex").asLong()).isEqualTo(INDEX.get("urged"));
        assertThat(urged.get("eventId").asString()).isNotBlank();
        assertThat(urged.get("occurredAt").asString()).isEqualTo("2026-02-15T02:00:00Z");
        assertThat(urged.get("caseType").asString()).isEqualTo("PETITION");
        assertThat(urged.get("caseTypeLabel").asString()).isEqualTo("民意诉求");
        assertThat(urged.get("caseId").asString()).isEqualTo("audit-p-1");
        assertThat(urged.get("actionLabel").asString()).isEqualTo("督办诉求");
        assertThat(urged.get("actorId").asString()).isEqualTo("audit-s-1");
        assertThat(urged.get("actorName").asString()).isEqualTo("督办员甲");
        assertThat(urged.get("actorRoleLabel").asString()).isEqualTo("督办人员");
        assertThat(urged.get("regionId").asString()).isEqualTo(TOWN_A);
        assertThat(urged.get("regionName").asString()).isEqualTo("甲镇");
        assertThat(urged.get("reason").asString()).isEqualTo(URGE_REASON);
        assertThat(urged.get("commandId").asString()).isEqualTo("cmd-4");
    }

    @Test
    void shouldFilterByActorRoleCaseTypeActionAndTime() {
        assertThat(indexes(search("actor=audit-d-1"))).containsExactly(INDEX.get("drafted"), INDEX.get("accepted"));
        assertThat(indexes(search("actor=督办员甲"))).containsExactly(INDEX.get("urged"));
        assertThat(indexes(search("role=SYSTEM&regionId=" + DISTRICT))).containsExactly(INDEX.get("overdue"));
        assertThat(indexes(search("role=ADMIN&regionId=" + DISTRICT))).hasSize(3);
        assertThat(indexes(search("caseType=PETITION&regionId=" + DISTRICT))).containsExactly(INDEX.get("overdue"),
                INDEX.get("urged"), INDEX.get("accepted"), INDEX.get("submitted"));
        assertThat(indexes(search("caseType=MEDIATION&regionId=" + DISTRICT))).containsExactly(INDEX.get("referred"));
        assertThat(indexes(search("action=PetitionAccepted&regionId=" + DISTRICT)))
                .containsExactly(INDEX.get("accepted"));
        assertThat(indexes(search("regionId=" + DISTRICT + "&from=2026-02-01&to=2026-02-28")))
                .containsExactly(INDEX.get("urged"), INDEX.get("drafted"));
        assertThat(indexes(search("regionId=" + DISTRICT + "&from=2026-01-11T10:00&to=2026-02-01T10:00")))
                .containsExactly(INDEX.get("drafted"), INDEX.get("accepted"));
        assertThat(indexes(search("actor=audit-d-1&caseType=SUGGESTION&regionId=" + TOWN_B)))
                .containsExactly(INDEX.get("drafted"));
    }

    @Test
    void shouldPageWithACursorAndSayAtLeastWhenThereAreMoreThanItCounts() {
        JsonNode first = search("regionId=" + DISTRICT + "&size=4");
        assertThat(indexes(first)).containsExactly(INDEX.get("overdue"), INDEX.get("referred"), INDEX.get("urged"),
                INDEX.get("drafted"));
        // Nine match, the count stops at eight: "at least 8".
        assertThat(first.get("total").asLong()).isEqualTo(8);
        assertThat(first.get("totalExact").asBoolean()).isFalse();

        JsonNode second = search("regionId=" + DISTRICT + "&size=4&cursor=" + first.get("nextCursor").asLong());
        assertThat(indexes(second)).containsExactly(INDEX.get("accepted"), INDEX.get("submitted"),
                INDEX.get("townB"), INDEX.get("townA"));
        JsonNode last = search("regionId=" + DISTRICT + "&size=4&cursor=" + second.get("nextCursor").asLong());
        assertThat(indexes(last)).containsExactly(INDEX.get("district"));
        assertThat(last.get("nextCursor").isNull()).isTrue();

        JsonNode petitions = search("caseType=PETITION&regionId=" + DISTRICT);
        assertThat(petitions.get("total").asLong()).isEqualTo(4);
        assertThat(petitions.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void shouldExportCsvThatExcelOpensWithBomCrlfQuotingAndNoFormulas() {
        HttpResponse<byte[]> response = download("/api/audit/events.csv?caseType=PETITION&regionId=" + DISTRICT,
                "auditor");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97-")
                .endsWith(".csv");
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines).hasSize(6).endsWith("");
        assertThat(lines[0]).isEqualTo("全局序号,事件编号,时间,案件类型,案件编号,操作,操作人编号,操作人,角色,区域编号,区域,原因,命令编号");
        assertThat(lines[2]).startsWith(INDEX.get("urged") + ",")
                .contains(",2026-02-15 10:00:00,民意诉求,audit-p-1,督办诉求,audit-s-1,督办员甲,督办人员,990101001,甲镇,")
                .endsWith(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\"), 请尽快\",cmd-4");
        assertThat(lines[4]).startsWith(INDEX.get("submitted") + ",").contains(",收到群众诉求,,,群众,");
        assertThat(text).doesNotContain("\n=").doesNotContain(",=");
    }

    @Test
    void shouldExportNoMoreThanTheConfiguredMaximumReadChunkByChunk() {
        String csv = new String(download("/api/audit/events.csv?regionId=" + DISTRICT, "auditor").body(),
                StandardCharsets.UTF_8);

        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        // The header and seven of the nine, newest first, read two at a time.
        assertThat(lines).hasSize(8);
        assertThat(lines.get(1)).startsWith(INDEX.get("overdue") + ",");
        assertThat(lines.get(7)).startsWith(INDEX.get("townB") + ",");
    }

    @Test
    void shouldExportARealWorkbookWithChineseText() throws IOException {
        HttpResponse<byte[]> response = download("/api/audit/events.xlsx?caseType=PETITION&regionId=" + DISTRICT,
                "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("审计日志");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(5);
            assertThat(cells(rows.get(0))).startsWith("全局序号", "事件编号", "时间", "案件类型").endsWith("命令编号");
            List<String> urged = cells(rows.get(2));
            assertThat(urged.get(0)).isEqualTo(Long.toString(INDEX.get("urged")));
            assertThat(urged.subList(2, 11)).containsExactly("2026-02-15 10:00:00", "民意诉求", "audit-p-1", "督办诉求",
                    "audit-s-1", "督办员甲", "督办人员", "990101001", "甲镇");
            assertThat(urged.get(11)).isEqualTo(URGE_REASON);
            assertThat(cells(rows.get(4)).get(5)).isEqualTo("收到群众诉求");
        }
    }

    @Test
    void shouldRefuseFiltersItDoesNotUnderstandNamingTheParameterInChinese() {
        assertRefused("role=MAYOR", "role", "未知的角色「MAYOR」");
        assertRefused("caseType=TAX", "caseType", "未知的案件类型「TAX」");
        assertRefused("action=PetitionEaten", "action", "未知的操作「PetitionEaten」");
        assertRefused("from=2026-03-01&to=2026-02-01", "from", "开始时间「2026-03-01」晚于结束时间「2026-02-01」");
        assertRefused("from=2026-13-01", "from", "开始时间「2026-13-01」格式不正确，应为 2026-11-22 或 2026-11-22T10:15");
        assertRefused("to=yesterday", "to", "结束时间「yesterday」格式不正确，应为 2026-11-22 或 2026-11-22T10:15");
        assertRefused("regionId=15%27%20OR%201=1", "regionId", "区域编号「15' OR 1=1」格式不正确");
        assertRefused("size=0", "size", "每页条数应为 1 到 200 之间的整数");
        assertRefused("cursor=-1", "cursor", "翻页位置「-1」应为非负整数");
        assertThat(download("/api/audit/events.csv?role=MAYOR", "auditor").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldOpenTheLogToAuditorsSupervisorsAndAdminsOnly() {
        for (String user : List.of("auditor", "supervisor", "admin")) {
            assertThat(http.get("/api/audit/events", user).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("clerk", "leader", "deputy", "unit", "citizen")) {
            assertThat(http.get("/api/audit/events", user).status()).as(user).isEqualTo(403);
            assertThat(download("/api/audit/events.csv", user).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(http.get("/api/audit/events", null).status()).isEqualTo(401);
    }

    @Test
    void shouldOfferTheFormsChoicesInChinese() {
        JsonNode filters = http.get("/api/audit/filters", "auditor").json();

        assertThat(filters.get("roles").toString()).contains("{\"value\":\"SUPERVISOR\",\"label\":\"督办人员\",\"caseType\":null}");
        assertThat(filters.get("caseTypes").toString()).contains("{\"value\":\"MEDIATION\",\"label\":\"诉前调解\",\"caseType\":null}");
        assertThat(filters.get("actions").toString())
                .contains("{\"value\":\"PetitionUrged\",\"label\":\"督办诉求\",\"caseType\":\"PETITION\"}")
                .contains("{\"value\":\"StationMoved\",\"label\":\"代表之家（站）迁址\",\"caseType\":\"STATION\"}");
    }

    private void assertRefused(String query, String parameter, String message) {
        Http.Response response = http.get("/api/audit/events?" + query, "auditor");
        assertThat(response.status()).as(query).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("detail").asString()).isEqualTo(message);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
    }

    private JsonNode search(String query) {
        Http.Response response = http.get("/api/audit/events?" + query, "auditor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> indexes(JsonNode page) {
        List<Long> indexes = new ArrayList<>();
        page.get("items").forEach(item -> indexes.add(item.get("globalIndex").asLong()));
        return indexes;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(row.getCellText(column));
        }
        return cells;
    }

    private HttpResponse<byte[]> download(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", Http.basic(user)).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
