package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A petition's audit trail read from the real event store over HTTP: its history with who, why and what changed,
 * and its state as of moments and positions between its steps. Another case's event falls between two of its
 * steps, so positions are not consecutive. The petition never reaches a state the list tests filter on, so the
 * other integration tests sharing this database are not disturbed.
 */
class CaseHistoryIT extends QuerySideIntegrationTest {

    private static final String CASE = "trace-p-1";
    private static final PetitionId P = PetitionId.of(CASE);
    private static final HandlingUnitId UNIT = HandlingUnitId.of("u-trace");
    private static final String REGION = "150104";

    /** The global index of each of the petition's events, in order, and of the other case's event. */
    private static List<Long> positions;
    private static long otherCasePosition;


    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        EventLog log = new EventLog(eventStore, jdbc);
        KnownHistory.appendOnce(log);
        appendOnce(log, eventStore);
    }

    private static synchronized void appendOnce(EventLog log, EventStore eventStore) {
        if (positions != null) {
            return;
        }
        List<Long> appended = new ArrayList<>();
        appended.add(log.append(KnownHistory.on("2026-03-01"), new PetitionSubmitted(P, PetitionSource.STATION_VISIT,
                RegionId.of(REGION), null, null, PersonRef.of("pd-trace"), "路灯不亮", "小区路灯坏了"),
                by("clerk", "CLERK", "王芳", null, "cmd-1")));
        appended.add(log.append(KnownHistory.on("2026-03-02"), new PetitionAccepted(P, DeputyId.of("d-trace"),
                "由本代表跟进"), by("deputy", "DEPUTY", "张三", "由本代表跟进", "cmd-2")));
        appended.add(log.append(KnownHistory.on("2026-03-03"), new PetitionForwarded(P, List.of(UNIT),
                KnownHistory.on("2026-04-01"), "请核实维修"), by("deputy", "DEPUTY", "张三", "请核实维修", "cmd-3")));
        otherCasePosition = log.append(KnownHistory.on("2026-03-04"),
                new RegionRegistered(RegionId.of("150105"), "追溯镇", RegionLevel.TOWN, null));
        appended.add(log.append(KnownHistory.on("2026-03-20"), new PetitionUrged(P, PetitionStatus.FORWARDED,
                "<img src=x onerror=alert(1)>群众反映强烈"), by("supervisor", "SUPERVISOR", "赵督办",
                "<img src=x onerror=alert(1)>群众反映强烈", "cmd-4")));
        appended.add(log.append(KnownHistory.on("2026-04-01"), new PetitionOverdue(P, KnownHistory.on("2026-04-01"),
                List.of(UNIT)), by(MetadataKeys.SYSTEM_ACTOR, "SYSTEM", "系统", null, null)));
        appended.add(log.append(KnownHistory.on("2026-04-02"), new PetitionDeadlineExtended(P,
                KnownHistory.on("2026-04-01"), KnownHistory.on("2026-05-01"), "需要采购灯具"),
                by("clerk", "CLERK", "王芳", "需要采购灯具", "cmd-6")));
        appended.add(log.append(KnownHistory.on("2026-04-20"), new PetitionReplied(P, UNIT, "已更换灯具", true),
                by("unit", "UNIT", "住建局", null, "cmd-7")));
        appended.add(log.append(KnownHistory.on("2026-04-25"), new PetitionRated(P, Satisfaction.UNSATISFIED,
                "还有一盏不亮"), by("citizen", "CITIZEN", "群众", "还有一盏不亮", "cmd-8")));
        appended.add(log.append(KnownHistory.on("2026-04-25"), new PetitionReopened(P, 1),
                by("citizen", "CITIZEN", "群众", "还有一盏不亮", "cmd-8")));
        // A snapshot after the sixth event, as the command side takes them: the trail must still show every event.
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Petition", CASE, 5,
                Map.of("status", "FORWARDED")));
        positions = appended;
    }

    private static Map<String, Object> by(String id, String role, String name, String reason, String commandId) {
        Map<String, Object> meta = new HashMap<>();
        meta.put(MetadataKeys.ACTOR_ID, id);
        meta.put(MetadataKeys.ACTOR_ROLE, role);
        meta.put(MetadataKeys.ACTOR_NAME, name);
        if (reason != null) {
            meta.put(MetadataKeys.REASON, reason);
        }
        if (commandId != null) {
            meta.put(MetadataKeys.COMMAND_ID, commandId);
            meta.put(MetadataKeys.CORRELATION_ID, "corr-" + commandId);
            meta.put(MetadataKeys.CAUSATION_ID, "msg-" + commandId);
        }
        return meta;
    }

    @Test
    void shouldListEveryEventOfTheCaseInOrderWithWhoWhyAndWhichCommand() {
        assertThat(jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?").param(CASE)
                .query(Long.class).single()).isEqualTo(1);

        JsonNode history = get("/api/cases/" + CASE + "/history");

        assertThat(history.get("caseType").asString()).isEqualTo("PETITION");
        assertThat(history.get("caseTypeLabel").asString()).isEqualTo("民意诉求");
        assertThat(history.get("fields").get(0).toString()).isEqualTo("{\"key\":\"status\",\"label\":\"状态\"}");
        JsonNode entries = history.get("entries");
        assertThat(entries).hasSize(9);
        for (int i = 0; i < 9; i++) {
            assertThat(entries.get(i).get("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(entries.get(i).get("globalIndex").asLong()).isEqualTo(positions.get(i));
        }
        JsonNode accepted = entries.get(1);
        assertThat(accepted.get("at").asString()).isEqualTo("2026-03-02T02:00:00Z");
        assertThat(accepted.get("eventType").asString()).isEqualTo("PetitionAccepted");
        assertThat(accepted.get("action").asString()).isEqualTo("代表受理诉求");
        assertThat(accepted.get("actor").toString())
                .isEqualTo("{\"id\":\"deputy\",\"name\":\"张三\",\"role\":\"DEPUTY\",\"roleLabel\":\"人大代表\"}");
        assertThat(accepted.get("reason").asString()).isEqualTo("由本代表跟进");
        // The event's own comment repeats the reason, so it is not shown twice.
        assertThat(accepted.get("comment").isNull()).isTrue();
        assertThat(accepted.get("commandId").asString()).isEqualTo("cmd-2");
        assertThat(accepted.get("correlationId").asString()).isEqualTo("corr-cmd-2");
        assertThat(accepted.get("causationId").asString()).isEqualTo("msg-cmd-2");

        JsonNode overdue = entries.get(4);
        assertThat(overdue.get("action").asString()).isEqualTo("诉求答复逾期");
        assertThat(overdue.get("actor").get("roleLabel").asString()).isEqualTo("系统");
        assertThat(overdue.get("commandId").isNull()).isTrue();
        JsonNode replied = entries.get(6);
        assertThat(replied.get("reason").isNull()).isTrue();
        assertThat(replied.get("comment").asString()).isEqualTo("已更换灯具");
    }

    @Test
    void shouldShowTheFieldsEachEventChangedBeforeAndAfter() {
        JsonNode entries = get("/api/cases/" + CASE + "/history").get("entries");

        assertThat(entries.get(0).get("changes").toString()).contains(
                "{\"field\":\"status\",\"label\":\"状态\",\"before\":null,\"after\":\"待受理\"}",
                "{\"field\":\"petitioner\",\"label\":\"诉求人（个人信息编号）\",\"before\":null,\"after\":\"pd-trace\"}");
        assertThat(entries.get(1).get("changes").toString()).isEqualTo("["
                + "{\"field\":\"status\",\"label\":\"状态\",\"before\":\"待受理\",\"after\":\"已受理\"},"
                + "{\"field\":\"deputyId\",\"label\":\"联系代表\",\"before\":null,\"after\":\"d-trace\"}]");
        assertThat(entries.get(3).get("changes").toString()).isEqualTo("["
                + "{\"field\":\"urgeCount\",\"label\":\"督办次数\",\"before\":\"0\",\"after\":\"1\"}]");
        assertThat(entries.get(5).get("changes").toString()).isEqualTo("["
                + "{\"field\":\"replyDueAt\",\"label\":\"答复期限\",\"before\":\"2026-04-01 10:00:00\","
                + "\"after\":\"2026-05-01 10:00:00\"},"
                + "{\"field\":\"extendedThisRound\",\"label\":\"本轮已延期\",\"before\":\"否\",\"after\":\"是\"},"
                + "{\"field\":\"overdue\",\"label\":\"已逾期\",\"before\":\"是\",\"after\":\"否\"}]");
        assertThat(entries.get(8).get("changes").toString()).isEqualTo("["
                + "{\"field\":\"status\",\"label\":\"状态\",\"before\":\"已评价\",\"after\":\"重新办理\"},"
                + "{\"field\":\"round\",\"label\":\"办理轮次\",\"before\":\"1\",\"after\":\"2\"}]");
    }

    @Test
    void shouldRebuildTheStateAsOfAGlobalPosition() {
        JsonNode forwarded = get("/api/cases/" + CASE + "/state?position=" + positions.get(2));
        assertThat(field(forwarded, "status")).isEqualTo("转办中");
        assertThat(field(forwarded, "unitIds")).isEqualTo("u-trace");
        assertThat(field(forwarded, "urgeCount")).isEqualTo("0");
        assertThat(forwarded.get("eventsApplied").asInt()).isEqualTo(3);
        assertThat(forwarded.get("lastGlobalIndex").asLong()).isEqualTo(positions.get(2));
        assertThat(forwarded.get("lastSequenceNumber").asLong()).isEqualTo(2);
        assertThat(forwarded.get("lastAt").asString()).isEqualTo("2026-03-03T02:00:00Z");

        // The other case's event lies between the petition's third and fourth: nothing of the petition changes.
        assertThat(get("/api/cases/" + CASE + "/state?position=" + otherCasePosition).get("eventsApplied").asInt())
                .isEqualTo(3);

        JsonNode overdue = get("/api/cases/" + CASE + "/state?position=" + positions.get(4));
        assertThat(field(overdue, "overdue")).isEqualTo("是");
        assertThat(field(overdue, "urgeCount")).isEqualTo("1");

        JsonNode before = get("/api/cases/" + CASE + "/state?position=" + (positions.get(0) - 1));
        assertThat(before.get("eventsApplied").asInt()).isZero();
        assertThat(before.get("lastGlobalIndex").isNull()).isTrue();
        assertThat(field(before, "status")).isNull();
    }

    @Test
    void shouldRebuildTheStateAsOfAMomentGivenInAnyOfTheAcceptedForms() {
        // 10:00 Beijing time on 2 March is the acceptance itself: the moment is inclusive.
        JsonNode accepted = get("/api/cases/" + CASE + "/state?at=2026-03-02T10:00:00");
        assertThat(field(accepted, "status")).isEqualTo("已受理");
        assertThat(accepted.get("eventsApplied").asInt()).isEqualTo(2);
        assertThat(get("/api/cases/" + CASE + "/state?at=2026-03-02T02:00:00Z").get("eventsApplied").asInt())
                .isEqualTo(2);
        assertThat(field(get("/api/cases/" + CASE + "/state?at=2026-03-02T09:59:59%2B08:00"), "status"))
                .isEqualTo("待受理");

        // A date means the end of that Beijing day.
        JsonNode urged = get("/api/cases/" + CASE + "/state?at=2026-03-20");
        assertThat(field(urged, "urgeCount")).isEqualTo("1");
        assertThat(field(urged, "overdue")).isEqualTo("否");

        JsonNode extended = get("/api/cases/" + CASE + "/state?at=2026-04-10T00:00:00");
        assertThat(field(extended, "replyDueAt")).isEqualTo("2026-05-01 10:00:00");
        assertThat(field(extended, "extendedThisRound")).isEqualTo("是");
        assertThat(field(extended, "status")).isEqualTo("转办中");

        JsonNode now = get("/api/cases/" + CASE + "/state");
        assertThat(field(now, "status")).isEqualTo("重新办理");
        assertThat(field(now, "round")).isEqualTo("2");
        assertThat(field(now, "satisfaction")).isEqualTo("不满意");
        assertThat(now.get("eventsApplied").asInt()).isEqualTo(9);

        assertThat(get("/api/cases/" + CASE + "/state?at=2026-02-28").get("eventsApplied").asInt()).isZero();
    }

    @Test
    void shouldReplayASuggestionOfTheKnownHistoryToItsStateOnAnyDay() {
        // g-4: filed, accepted and assigned on 13 January, answered B on 13 March, found solved on 1 September.
        JsonNode assigned = get("/api/cases/g-4/state?at=2026-01-13");
        assertThat(assigned.get("caseTypeLabel").asString()).isEqualTo("代表建议");
        assertThat(field(assigned, "status")).isEqualTo("办理中");
        // Registered units read by name, with the id the events hold; an unregistered one (u-trace) by its id.
        assertThat(field(assigned, "leadUnitId")).isEqualTo("区水务局（u-water）");
        assertThat(field(assigned, "coUnitIds")).isEqualTo("区交通运输局（u-roads）");
        assertThat(field(assigned, "result")).isNull();

        JsonNode replied = get("/api/cases/g-4/state?at=2026-08-31");
        assertThat(field(replied, "status")).isEqualTo("已答复");
        assertThat(field(replied, "result")).isEqualTo("B类（正在解决或列入计划）");
        assertThat(field(replied, "onTime")).isEqualTo("是");

        // Found solved, it keeps the class its unit replied with: the year's published shares do not change.
        JsonNode solved = get("/api/cases/g-4/state?at=2026-09-01");
        assertThat(field(solved, "result")).isEqualTo("B类（正在解决或列入计划）");
        assertThat(field(solved, "solvedYear")).isEqualTo("2026");
    }

    @Test
    void shouldRefuseBadParametersNamingThem() {
        assertRefused("/api/cases/" + CASE + "/state?at=2026-03-02&position=3", "position");
        assertRefused("/api/cases/" + CASE + "/state?at=yesterday", "at");
        assertRefused("/api/cases/" + CASE + "/state?position=-1", "position");
        assertRefused("/api/cases/" + CASE + "/state?position=third", "position");
    }

    @Test
    void shouldAnswerNotFoundInChineseForAnIdThatIsNoCase() {
        Http.Response unknown = http.get("/api/cases/nothing-here/history", "auditor");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("未找到编号为「nothing-here」的案件");

        assertThat(http.get("/api/cases/150105/history", "auditor").status()).isEqualTo(404);
        assertThat(http.get("/api/cases/nothing-here/state", "auditor").status()).isEqualTo(404);
    }

    @Test
    void shouldLetOnlyTheRolesThatCheckCasesReadTheTrail() {
        for (String user : List.of("auditor", "admin", "clerk")) {
            assertThat(http.get("/api/cases/" + CASE + "/history", user).status()).as(user).isEqualTo(200);
        }
        // The test supervisor and leader watch region 150102; this case lies in 150104.
        for (String user : List.of("supervisor", "leader")) {
            assertThat(http.get("/api/cases/" + CASE + "/history", user).status()).as(user).isEqualTo(404);
            assertThat(http.get("/api/cases/" + CASE + "/state", user).status()).as(user).isEqualTo(404);
        }
        for (String user : List.of("deputy", "unit", "citizen")) {
            assertThat(http.get("/api/cases/" + CASE + "/history", user).status()).as(user).isEqualTo(403);
        }
        assertThat(http.get("/api/cases/" + CASE + "/state", null).status()).isEqualTo(401);
    }

    private void assertRefused(String path, String parameter) {
        Http.Response response = http.get(path, "auditor");
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).as(path).isEqualTo(parameter);
        assertThat(response.json().get("detail").asString()).as(path).contains(parameter);
    }

    private JsonNode get(String path) {
        Http.Response response = http.get(path, "auditor");
        assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(200);
        return response.json();
    }

    private static String field(JsonNode state, String key) {
        for (JsonNode value : state.get("state")) {
            if (value.get("field").asString().equals(key)) {
                return value.get("value").isNull() ? null : value.get("value").asString();
            }
        }
        throw new AssertionError("No field " + key + " in " + state);
    }
}
