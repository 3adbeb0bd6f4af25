package cn.luzhi.query.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Supervision over real events, with "now" fixed at 10:00 on 22 November 2026 in Beijing: one case's trail, the
 * overdue and due-soon lists, and the unit rankings, each worked out by hand below. Everything lives in its own
 * region 159901 (督办测试区) and its own units, so other tests' histories in the same database do not touch it.
 */
class SupervisionIT extends QuerySideIntegrationTest {

    private static final String DISTRICT = "159901";
    private static final String TOWN = "159901001";
    private static final HandlingUnitId A = HandlingUnitId.of("u-sv-a");
    private static final HandlingUnitId B = HandlingUnitId.of("u-sv-b");
    private static final HandlingUnitId C = HandlingUnitId.of("u-sv-c");
    private static final HandlingUnitId D = HandlingUnitId.of("u-sv-d");
    private static final HandlingUnitId COURT = HandlingUnitId.of("u-sv-court");
    private static final DeputyId WANG = DeputyId.of("d-sv-1");
    private static final DeputyId ZHAO = DeputyId.of("d-sv-2");

    private static long lastIndex;


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        synchronized (SupervisionIT.class) {
            if (lastIndex == 0) {
                lastIndex = history(new EventLog(eventStore, jdbc));
            }
        }
        Projections.awaitProcessed(processing, lastIndex);
    }

    @Test
    void shouldShowEveryStepDeadlineAndUrgeOfOneCaseFromItsEvents() {
        JsonNode trail = get("/api/supervision/cases/p-sv-1");

        assertThat(trail.get("caseType").asString()).isEqualTo("PETITION");
        assertThat(trail.get("caseTypeLabel").asString()).isEqualTo("民意诉求");
        assertThat(trail.get("title").asString()).isEqualTo("老旧小区路面塌陷");
        assertThat(trail.get("regionName").asString()).isEqualTo("甲镇");
        assertThat(trail.get("currentStep").asString()).isEqualTo("办理中");
        assertThat(trail.get("ended").asBoolean()).isFalse();
        // 待受理 and 待转办 one day each; 办理中 since 3 November 10:00, 19 days until now.
        assertThat(trail.get("steps").toString()).isEqualTo("["
                + "{\"name\":\"待受理\",\"startedAt\":\"2026-11-01T02:00:00Z\",\"endedAt\":\"2026-11-02T02:00:00Z\","
                + "\"running\":false,\"minutes\":1440},"
                + "{\"name\":\"待转办\",\"startedAt\":\"2026-11-02T02:00:00Z\",\"endedAt\":\"2026-11-03T02:00:00Z\","
                + "\"running\":false,\"minutes\":1440},"
                + "{\"name\":\"办理中\",\"startedAt\":\"2026-11-03T02:00:00Z\",\"endedAt\":null,"
                + "\"running\":true,\"minutes\":27360}]");
        assertThat(trail.get("deadlines").toString()).isEqualTo("["
                + "{\"kind\":\"SET\",\"kindLabel\":\"设定\",\"at\":\"2026-11-03T02:00:00Z\","
                + "\"dueAt\":\"2026-11-13T02:00:00Z\",\"previousDueAt\":null,\"round\":1,"
                + "\"units\":[{\"unitId\":\"u-sv-a\",\"unitName\":\"区住建局\"},"
                + "{\"unitId\":\"u-sv-b\",\"unitName\":\"区城管局\"}],"
                + "\"actorName\":\"王芳\",\"actorRole\":\"工作人员\",\"reason\":\"请于10日内答复\"},"
                + "{\"kind\":\"EXTENDED\",\"kindLabel\":\"延期\",\"at\":\"2026-11-12T02:00:00Z\","
                + "\"dueAt\":\"2026-11-20T02:00:00Z\",\"previousDueAt\":\"2026-11-13T02:00:00Z\",\"round\":1,"
                + "\"units\":[{\"unitId\":\"u-sv-b\",\"unitName\":\"区城管局\"}],"
                + "\"actorName\":\"王芳\",\"actorRole\":\"工作人员\",\"reason\":\"需现场勘查\"},"
                + "{\"kind\":\"MISSED\",\"kindLabel\":\"逾期\",\"at\":\"2026-11-20T02:00:00Z\","
                + "\"dueAt\":\"2026-11-20T02:00:00Z\",\"previousDueAt\":null,\"round\":1,"
                + "\"units\":[{\"unitId\":\"u-sv-b\",\"unitName\":\"区城管局\"}],"
                + "\"actorName\":\"系统\",\"actorRole\":\"系统\",\"reason\":null}]");
        assertThat(trail.get("urges").toString()).isEqualTo("["
                + "{\"at\":\"2026-11-10T02:00:00Z\",\"actorName\":\"刘洋\",\"actorRole\":\"督办人员\","
                + "\"step\":\"办理中\",\"comment\":\"请城管局尽快答复\"}]");
        assertThat(trail.get("units").toString()).isEqualTo("["
                + "{\"unitId\":\"u-sv-a\",\"unitName\":\"区住建局\",\"role\":\"承办\",\"round\":1,"
                + "\"assignedAt\":\"2026-11-03T02:00:00Z\",\"dueAt\":\"2026-11-13T02:00:00Z\","
                + "\"repliedAt\":\"2026-11-05T02:00:00Z\",\"replyMinutes\":2880,\"missed\":false},"
                + "{\"unitId\":\"u-sv-b\",\"unitName\":\"区城管局\",\"role\":\"承办\",\"round\":1,"
                + "\"assignedAt\":\"2026-11-03T02:00:00Z\",\"dueAt\":\"2026-11-20T02:00:00Z\","
                + "\"repliedAt\":null,\"replyMinutes\":null,\"missed\":true}]");
    }

    @Test
    void shouldTellUnknownCaseWithNotFoundInChinese() {
        Http.Response response = http.get("/api/supervision/cases/p-sv-nowhere", "supervisor");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("未找到编号为「p-sv-nowhere」的案件");
    }

    @Test
    void shouldListOverdueDeadlinesOfTheRegionOldestFirstWithCountsPerUnitAndDeputy() {
        JsonNode overdue = get("/api/supervision/overdue?regionId=" + DISTRICT);

        assertThat(overdue.get("asOf").asString()).isEqualTo("2026-11-22T02:00:00Z");
        // m-sv-1 declared overdue on 31 October; p-sv-1 by 区城管局 on 20 November; p-sv-4 was due yesterday and
        // the clock says so before any overdue event arrives. p-sv-9 is overdue too, but in another district.
        assertThat(overdue.get("rows").toString()).isEqualTo("["
                + row("m-sv-1", "MEDIATION", "诉前调解：相邻关系", 1, COURT, "督办测试区人民法院", ZHAO, "赵敏", DISTRICT,
                "督办测试区", "2026-10-01T02:00:00Z", "2026-10-31T02:00:00Z", "22", "null", 0) + ","
                + row("p-sv-1", "PETITION", "老旧小区路面塌陷", 1, B, "区城管局", WANG, "王磊", TOWN, "甲镇",
                "2026-11-03T02:00:00Z", "2026-11-20T02:00:00Z", "2", "null", 1) + ","
                + row("p-sv-4", "PETITION", "诉求p-sv-4", 1, C, "区教育局", ZHAO, "赵敏", DISTRICT, "督办测试区",
                "2026-11-01T02:00:00Z", "2026-11-21T02:00:00Z", "1", "null", 0) + "]");
        assertThat(overdue.get("byUnit").toString()).isEqualTo("["
                + "{\"id\":\"u-sv-b\",\"name\":\"区城管局\",\"count\":1},"
                + "{\"id\":\"u-sv-c\",\"name\":\"区教育局\",\"count\":1},"
                + "{\"id\":\"u-sv-court\",\"name\":\"督办测试区人民法院\",\"count\":1}]");
        assertThat(overdue.get("byDeputy").toString()).isEqualTo("["
                + "{\"id\":\"d-sv-2\",\"name\":\"赵敏\",\"count\":2},"
                + "{\"id\":\"d-sv-1\",\"name\":\"王磊\",\"count\":1}]");
    }

    @Test
    void shouldFilterOverdueListByUnitDeputyTypeAndRegionSubtree() {
        assertThat(caseIds(get("/api/supervision/overdue?regionId=" + DISTRICT + "&unitId=u-sv-b")))
                .containsExactly("p-sv-1");
        assertThat(caseIds(get("/api/supervision/overdue?regionId=" + DISTRICT + "&deputyId=d-sv-2")))
                .containsExactly("m-sv-1", "p-sv-4");
        assertThat(caseIds(get("/api/supervision/overdue?regionId=" + DISTRICT + "&caseType=MEDIATION")))
                .containsExactly("m-sv-1");
        assertThat(caseIds(get("/api/supervision/overdue?regionId=" + TOWN))).containsExactly("p-sv-1");
        assertThat(caseIds(get("/api/supervision/overdue?regionId=159902"))).containsExactly("p-sv-9");
    }

    @Test
    void shouldListDeadlinesDueWithinSevenDaysByDefault() {
        JsonNode dueSoon = get("/api/supervision/due-soon?regionId=" + DISTRICT);

        assertThat(dueSoon.get("days").asInt()).isEqualTo(7);
        assertThat(dueSoon.get("rows").toString()).isEqualTo("["
                + row("p-sv-2", "PETITION", "诉求p-sv-2", 1, C, "区教育局", ZHAO, "赵敏", DISTRICT, "督办测试区",
                "2026-11-18T02:00:00Z", "2026-11-25T02:00:00Z", "null", "3", 0) + ","
                + row("s-sv-1", "SUGGESTION", "建议s-sv-1", 1, A, "区住建局", WANG, "王磊", DISTRICT, "督办测试区",
                "2026-09-01T02:00:00Z", "2026-11-28T02:00:00Z", "null", "6", 0) + "]");
        assertThat(dueSoon.get("byUnit").toString()).isEqualTo("["
                + "{\"id\":\"u-sv-a\",\"name\":\"区住建局\",\"count\":1},"
                + "{\"id\":\"u-sv-c\",\"name\":\"区教育局\",\"count\":1}]");
        // p-sv-3 is due on 10 December: 18 days ahead.
        assertThat(caseIds(get("/api/supervision/due-soon?days=30&regionId=" + DISTRICT)))
                .containsExactly("p-sv-2", "s-sv-1", "p-sv-3");
    }

    @Test
    void shouldRefuseBadListParametersInChinese() {
        assertRefused("/api/supervision/due-soon?days=0", "days", "天数须在1到366之间");
        assertRefused("/api/supervision/due-soon?days=abc", "days", "天数须为整数");
        assertRefused("/api/supervision/overdue?caseType=BALLOT", "caseType", "案件类型须为PETITION、SUGGESTION或MEDIATION");
        assertRefused("/api/supervision/unit-ranking?from=2026-12-01&to=2026-11-01", "from", "起始日期不能晚于截止日期");
        assertRefused("/api/supervision/unit-ranking?to=2026-13-01", "to", "日期格式须为yyyy-MM-dd");
    }

    /**
     * This year up to today: medians over the replies given, overdue shares over the cases assigned; five of
     * either before a unit is ranked.
     */
    @Test
    void shouldRankUnitsByMedianReplyTimeAndOverdueShareWithMinimumCases() {
        JsonNode ranking = get("/api/supervision/unit-ranking?regionId=" + DISTRICT);

        assertThat(ranking.get("from").asString()).isEqualTo("2026-01-01");
        assertThat(ranking.get("to").asString()).isEqualTo("2026-11-22");
        assertThat(ranking.get("minCases").asInt()).isEqualTo(5);
        // 区民政局 replied in 1, 2, 2, 3, 9 days: median 2.0. 区住建局 in 2 (p-sv-1), 1, 3, 4, 10, 20: median
        // (3 + 4) / 2 = 3.5. 区城管局 replied only 4 times (5, 6, 7, 8 days): not ranked.
        assertThat(ranking.get("byMedianReplyTime").toString()).isEqualTo("{\"ranked\":["
                + figure(1, D, "区民政局", 5, "2.0", null, null) + ","
                + figure(2, A, "区住建局", 6, "3.5", null, null) + "],\"insufficient\":["
                + figure(null, B, "区城管局", 4, "6.5", null, null) + "]}");
        // 区民政局 0 of 5; 区城管局 1 of 5 (p-sv-1); 区住建局 2 of 8 (r-a-4 declared overdue, r-a-5 replied after
        // its due time); 区教育局 has 2 cases (p-sv-4 past due by the clock): not ranked. The mediation court is no
        // replying unit, and r-a-0 was assigned and replied in 2025.
        assertThat(ranking.get("byOverdueShare").toString()).isEqualTo("{\"ranked\":["
                + figure(1, D, "区民政局", 5, null, 0L, "0.0") + ","
                + figure(2, B, "区城管局", 5, null, 1L, "20.0") + ","
                + figure(3, A, "区住建局", 8, null, 2L, "25.0") + "],\"insufficient\":["
                + figure(null, C, "区教育局", 2, null, 1L, "50.0") + "]}");
    }

    @Test
    void shouldRankOnlyOverTheAskedPeriod() {
        JsonNode ranking = get("/api/supervision/unit-ranking?regionId=" + DISTRICT + "&from=2026-11-01&to=2026-11-22");

        // In November only p-sv-1's reply by 区住建局 (2 days) was given.
        assertThat(ranking.get("byMedianReplyTime").toString()).isEqualTo("{\"ranked\":[],\"insufficient\":["
                + figure(null, A, "区住建局", 1, "2.0", null, null) + "]}");
    }

    @Test
    void shouldLetOnlyStaffWhoSuperviseReadIt() {
        assertThat(http.get("/api/supervision/overdue", "deputy").status()).isEqualTo(403);
        assertThat(http.get("/api/supervision/overdue", "unit").status()).isEqualTo(403);
        for (String user : List.of("supervisor", "leader", "admin", "auditor", "clerk")) {
            assertThat(http.get("/api/supervision/overdue", user).status()).as(user).isEqualTo(200);
        }
    }

    private void assertRefused(String path, String field, String detail) {
        Http.Response response = http.get(path, "supervisor");
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private JsonNode get(String path) {
        // A district-wide reader: the cases here lie in several regions (scoping: ScopeIT in dashboard-ui).
        Http.Response response = http.get(path, "clerk");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> caseIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("rows").forEach(row -> ids.add(row.get("caseId").asString()));
        return ids;
    }

    private static String row(String caseId, String type, String title, int round, HandlingUnitId unit,
                              String unitName, DeputyId deputy, String deputyName, String regionId,
                              String regionName, String assignedAt, String dueAt, String daysOverdue,
                              String daysLeft, int urges) {
        String label = switch (type) {
            case "PETITION" -> "民意诉求";
            case "SUGGESTION" -> "代表建议";
            default -> "诉前调解";
        };
        return "{\"caseId\":\"" + caseId + "\",\"caseType\":\"" + type + "\",\"caseTypeLabel\":\"" + label
                + "\",\"title\":\"" + title + "\",\"round\":" + round + ",\"unitId\":\"" + unit.value()
                + "\",\"unitName\":\"" + unitName + "\",\"deputyId\":\"" + deputy.value() + "\",\"deputyName\":\""
                + deputyName + "\",\"regionId\":\"" + regionId + "\",\"regionName\":\"" + regionName
                + "\",\"assignedAt\":\"" + assignedAt + "\",\"dueAt\":\"" + dueAt + "\",\"daysOverdue\":"
                + daysOverdue + ",\"daysLeft\":" + daysLeft + ",\"urgeCount\":" + urges + "}";
    }

    private static String figure(Integer rank, HandlingUnitId unit, String name, long sample, String median,
                                 Long overdueCases, String share) {
        return "{\"rank\":" + rank + ",\"unitId\":\"" + unit.value() + "\",\"unitName\":\"" + name
                + "\",\"sample\":" + sample + ",\"medianReplyDays\":" + median + ",\"overdueCases\":" + overdueCases
                + ",\"overdueShare\":" + share + "}";
    }

    private static Instant on(String date) {
        return KnownHistory.on(date);
    }

    private static long history(EventLog log) {
        Instant at = on("2025-06-01");
        log.append(at, new RegionRegistered(RegionId.of(DISTRICT), "督办测试区", RegionLevel.DISTRICT, null));
        log.append(at, new RegionRegistered(RegionId.of(TOWN), "甲镇", RegionLevel.TOWN, RegionId.of(DISTRICT)));
        log.append(at, deputy(WANG, "王磊"));
        log.append(at, deputy(ZHAO, "赵敏"));
        log.append(at, unit(A, "区住建局", HandlingUnitKind.GOVERNMENT_DEPARTMENT));
        log.append(at, unit(B, "区城管局", HandlingUnitKind.GOVERNMENT_DEPARTMENT));
        log.append(at, unit(C, "区教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT));
        log.append(at, unit(D, "区民政局", HandlingUnitKind.GOVERNMENT_DEPARTMENT));
        log.append(at, unit(COURT, "督办测试区人民法院", HandlingUnitKind.COURT));

        // The case whose trail is checked: forwarded to two units, one replies, urged, extended, then overdue.
        PetitionId p1 = PetitionId.of("p-sv-1");
        log.append(on("2026-11-01"), new PetitionSubmitted(p1, PetitionSource.LETTER_OR_PHONE, RegionId.of(TOWN),
                null, null, PersonRef.of("person-sv-1"), "老旧小区路面塌陷", "路面塌陷，出行不便"));
        log.append(on("2026-11-02"), new PetitionAccepted(p1, WANG, null));
        log.append(on("2026-11-03"), new PetitionForwarded(p1, List.of(A, B), on("2026-11-13"), "请于10日内答复"));
        log.append(on("2026-11-05"), new PetitionReplied(p1, A, "已派人查看", false));
        log.append(on("2026-11-10"), new PetitionUrged(p1, PetitionStatus.FORWARDED, "请城管局尽快答复"),
                "SUPERVISOR", "刘洋");
        log.append(on("2026-11-12"), new PetitionDeadlineExtended(p1, on("2026-11-13"), on("2026-11-20"),
                "需现场勘查"));
        log.append(on("2026-11-20"), new PetitionOverdue(p1, on("2026-11-20"), List.of(B)), "SYSTEM", "系统");

        forward(log, "p-sv-2", DISTRICT, ZHAO, C, "2026-11-18", "2026-11-25");
        forward(log, "p-sv-3", DISTRICT, WANG, A, "2026-11-20", "2026-12-10");
        forward(log, "p-sv-4", DISTRICT, ZHAO, C, "2026-11-01", "2026-11-21");
        PetitionId p9 = forward(log, "p-sv-9", "159902", ZHAO, C, "2026-10-01", "2026-10-20");
        log.append(on("2026-10-20"), new PetitionOverdue(p9, on("2026-10-20"), List.of(C)), "SYSTEM", "系统");

        SuggestionId s1 = SuggestionId.of("s-sv-1");
        log.append(on("2026-08-01"), new SuggestionDrafted(s1, SuggestionKind.SUGGESTION, WANG,
                RegionId.of(DISTRICT), "建议s-sv-1", "建议内容", null));
        log.append(on("2026-08-02"), new SuggestionSubmitted(s1, SessionPeriod.RECESS, 1));
        log.append(on("2026-08-03"), new SuggestionAccepted(s1, null));
        log.append(on("2026-09-01"), new SuggestionAssigned(s1, A, List.of(), on("2026-11-28"), on("2027-02-28"),
                null));

        MediationCaseId m1 = MediationCaseId.of("m-sv-1");
        log.append(on("2026-10-01"), new MediationCaseReferred(m1, COURT, DisputeType.NEIGHBOURS,
                RegionId.of(DISTRICT), List.of(PersonRef.of("person-sv-m")), BigDecimal.TEN, "相邻纠纷",
                on("2026-10-31")));
        log.append(on("2026-10-02"), new MediatorsAssigned(m1, List.of(ZHAO), null));
        log.append(on("2026-10-31"), new MediationOverdue(m1, on("2026-10-31"), List.of(ZHAO)), "SYSTEM", "系统");

        // Replied cases for the rankings, each forwarded on a day of 2026 and replied so many days later.
        replied(log, "r-a-0", A, "2025-12-01", 15, 4);
        replied(log, "r-a-1", A, "2026-06-01", 15, 1);
        replied(log, "r-a-2", A, "2026-06-02", 15, 3);
        replied(log, "r-a-3", A, "2026-06-03", 15, 4);
        PetitionId ra4 = forward(log, "r-a-4", DISTRICT, WANG, A, "2026-06-04", "2026-06-11");
        log.append(on("2026-06-11"), new PetitionOverdue(ra4, on("2026-06-11"), List.of(A)), "SYSTEM", "系统");
        log.append(on("2026-06-14"), new PetitionReplied(ra4, A, "已答复", true));
        replied(log, "r-a-5", A, "2026-06-05", 15, 20);
        replied(log, "r-b-1", B, "2026-07-01", 15, 5);
        replied(log, "r-b-2", B, "2026-07-02", 15, 6);
        replied(log, "r-b-3", B, "2026-07-03", 15, 7);
        replied(log, "r-b-4", B, "2026-07-04", 15, 8);
        replied(log, "r-d-1", D, "2026-05-01", 15, 1);
        replied(log, "r-d-2", D, "2026-05-02", 15, 2);
        replied(log, "r-d-3", D, "2026-05-03", 15, 2);
        replied(log, "r-d-4", D, "2026-05-04", 15, 3);
        return replied(log, "r-d-5", D, "2026-05-05", 15, 9);
    }

    private static long replied(EventLog log, String id, HandlingUnitId unit, String forwarded, int dueDays,
                                int replyDays) {
        Instant at = on(forwarded);
        PetitionId petition = forward(log, id, DISTRICT, WANG, unit, forwarded,
                at.plusSeconds(dueDays * 86_400L));
        return log.append(at.plusSeconds(replyDays * 86_400L), new PetitionReplied(petition, unit, "已答复", true));
    }

    private static PetitionId forward(EventLog log, String id, String regionId, DeputyId deputy, HandlingUnitId unit,
                                      String forwarded, String due) {
        return forward(log, id, regionId, deputy, unit, forwarded, on(due));
    }

    private static PetitionId forward(EventLog log, String id, String regionId, DeputyId deputy, HandlingUnitId unit,
                                      String forwarded, Instant due) {
        PetitionId petition = PetitionId.of(id);
        Instant at = on(forwarded);
        log.append(at.minusSeconds(7200), new PetitionSubmitted(petition, PetitionSource.LETTER_OR_PHONE,
                RegionId.of(regionId), null, null, PersonRef.of("person-" + id), "诉求" + id, "诉求内容"));
        log.append(at.minusSeconds(3600), new PetitionAccepted(petition, deputy, null));
        log.append(at, new PetitionForwarded(petition, List.of(unit), due, null));
        return petition;
    }

    private static DeputyRegistered deputy(DeputyId id, String name) {
        return new DeputyRegistered(id, name, Gender.MALE, "汉族", DeputyLevel.COUNTY, "督办测试选区",
                StationId.of("s-sv"), ProfessionalGroup.SOCIAL_AFFAIRS, new DeputyTerm(12, 2021, 2026), null,
                "qr-" + id.value());
    }

    private static HandlingUnitRegistered unit(HandlingUnitId id, String name, HandlingUnitKind kind) {
        return new HandlingUnitRegistered(id, name, kind, RegionId.of(DISTRICT), "办公室");
    }
}
