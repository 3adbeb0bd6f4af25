package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.ActorRole;
import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * 待办 ({@code GET /api/todo}) per role over real commands: what waits for the clerk leaves the list once done, a
 * unit sees only what waits for its own answer, a supervisor the region's overdue and due-soon cases, a leader the
 * suggestions they may pick for key supervision and then the key ones; {@code /topic/todo} tells a unit to re-fetch.
 */
class TodoIT {

    private static AccessApp app;

    @BeforeAll
    static void start() {
        app = AccessApp.get();
    }

    @Test
    void shouldListAClerksNewPetitionUntilItIsAccepted() {
        String id = app.petition(AccessApp.TOWN, AccessApp.DEPUTY, "{\"name\": \"褚某\"}");
        awaitInGroup("clerk", "petitions-to-accept", id);

        String todo = app.as("clerk").get("/api/todo?limit=50").body();
        assertThat(JsonPath.<List<String>>read(todo, "$.groups[*].key")).containsExactly("petitions-to-accept",
                "hotline-feedback", "suggestions-to-review", "suggestions-to-assign", "mediation-without-mediator");
        assertThat(JsonPath.<List<String>>read(todo, item("petitions-to-accept", id, "href")))
                .containsExactly("petition.html?id=" + id);
        assertThat(JsonPath.<List<String>>read(todo, item("petitions-to-accept", id, "statusLabel")))
                .containsExactly("待受理");

        app.as("clerk").act("/api/petitions/" + id + "/accept", "{\"deputyId\": \"" + AccessApp.DEPUTY + "\"}");
        awaitNotInGroup("clerk", "petitions-to-accept", id);
    }

    @Test
    void shouldShowAUnitOnlyWhatWaitsForItsOwnAnswerMostUrgentFirst() {
        String later = forwarded(AccessApp.UNIT, Instant.now().plus(20, ChronoUnit.DAYS));
        String sooner = forwarded(AccessApp.UNIT, Instant.now().plus(5, ChronoUnit.DAYS));
        String theirs = forwarded(AccessApp.OTHER_UNIT, Instant.now().plus(1, ChronoUnit.DAYS));
        awaitInGroup("unit", "petitions-to-reply", later);
        awaitInGroup("unit", "petitions-to-reply", sooner);
        // Forwarded last: once the clerk sees it forwarded, the unit would see it too if it were shown to it.
        app.awaitReadable("clerk", "/api/petitions/" + theirs, body -> body.contains("\"FORWARDED\""));

        String todo = app.as("unit").get("/api/todo?limit=50").body();
        List<String> ids = JsonPath.read(todo, "$.groups[?(@.key == 'petitions-to-reply')].items[*].caseId");
        assertThat(ids).contains(sooner, later).doesNotContain(theirs);
        assertThat(ids.indexOf(sooner)).as("the earlier deadline first").isLessThan(ids.indexOf(later));

        app.as("unit").act("/api/petitions/" + sooner + "/reply",
                "{\"unitId\": \"" + AccessApp.UNIT + "\", \"reply\": \"已安排维修\"}");
        awaitNotInGroup("unit", "petitions-to-reply", sooner);
    }

    @Test
    void shouldShowASupervisorTheOverdueAndTheDueSoonCasesOfTheRegionOnly() {
        app.account("supervisor-todo-east", ActorRole.SUPERVISOR, AccessApp.OTHER_TOWN);
        String late = forwarded(AccessApp.UNIT, Instant.now().plusSeconds(5));
        String soon = forwarded(AccessApp.UNIT, Instant.now().plus(3, ChronoUnit.DAYS));

        awaitInGroup("supervisor", "overdue", late);
        awaitInGroup("supervisor", "due-soon", soon);
        String todo = app.as("supervisor").get("/api/todo?limit=50").body();
        assertThat(JsonPath.<List<Boolean>>read(todo, item("overdue", late, "overdue"))).containsExactly(true);
        assertThat(JsonPath.<List<String>>read(todo, item("due-soon", soon, "detail"))).containsExactly("单位u-access");
        assertThat(JsonPath.<List<String>>read(todo, "$.groups[?(@.key == 'overdue')].items[*].caseId"))
                .doesNotContain(soon);
        // Both cases lie in 城关镇: a supervisor of 东河镇 is not shown them.
        assertThat(app.as("supervisor-todo-east").get("/api/todo?limit=50").body()).doesNotContain(late, soon);
        // A supervisor without a region sees no case at all, and is told so with empty groups, not refused.
        app.account("supervisor-todo-unlinked", ActorRole.SUPERVISOR, null);
        AccessApp.Client.Answer unlinked = app.as("supervisor-todo-unlinked").get("/api/todo");
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(unlinked.body(), "$.total")).isZero();
    }

    @Test
    void shouldShowALeaderTheCandidatesForKeySupervisionAndThenTheKeySuggestions() {
        AccessApp.Client clerk = app.as("clerk");
        AccessApp.Client.Answer drafted = clerk.post("/api/suggestions", """
                {"kind": "SUGGESTION", "leadDeputyId": "%s", "regionId": "%s", "title": "加快老旧小区加装电梯",
                 "content": "建议加快老旧小区加装电梯工作。"}""".formatted(AccessApp.DEPUTY, AccessApp.TOWN));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.field("aggregateId");
        clerk.act("/api/suggestions/" + id + "/submit", "{\"sessionPeriod\": \"RECESS\"}");
        awaitInGroup("clerk", "suggestions-to-review", id);
        clerk.act("/api/suggestions/" + id + "/accept", "{\"reason\": \"符合立案条件\"}");
        awaitInGroup("clerk", "suggestions-to-assign", id);
        awaitInGroup("leader", "key-supervision-candidates", id);

        app.as("leader").act("/api/suggestions/" + id + "/key-supervision", "{\"leaderName\": \"张主任\"}");
        awaitInGroup("leader", "key-suggestions", id);
        awaitNotInGroup("leader", "key-supervision-candidates", id);
    }

    @Test
    void shouldShowTheLeadDeputyTheirDraftUntilTheySubmitIt() {
        AccessApp.Client.Answer drafted = app.as("deputy").post("/api/suggestions", """
                {"kind": "SUGGESTION", "leadDeputyId": "%s", "regionId": "%s", "title": "增设社区助餐点",
                 "content": "建议在东城镇增设社区老年助餐点。"}""".formatted(AccessApp.DEPUTY, AccessApp.TOWN));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.field("aggregateId");
        awaitInGroup("deputy", "suggestions-to-submit", id);

        String todo = app.as("deputy").get("/api/todo?limit=50").body();
        assertThat(JsonPath.<List<String>>read(todo, "$.groups[*].key")).containsExactly("petitions-to-accept",
                "co-sign-invitations", "suggestions-to-submit", "suggestions-to-rate", "mediation-to-mediate",
                "ballots-to-vote");
        assertThat(JsonPath.<List<String>>read(todo, item("suggestions-to-submit", id, "href")))
                .containsExactly("suggestion.html?id=" + id);

        app.as("deputy").act("/api/suggestions/" + id + "/submit", "{\"sessionPeriod\": \"RECESS\"}");
        awaitNotInGroup("deputy", "suggestions-to-submit", id);
    }

    @Test
    void shouldTellAUnitToRefetchWhenACaseChanges() throws Exception {
        String id = forwarded(AccessApp.UNIT, Instant.now().plus(10, ChronoUnit.DAYS));
        awaitInGroup("unit", "petitions-to-reply", id);
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", AccessApp.basic("unit"));
        StompSession session = stomp.connectAsync("ws://localhost:" + app.port() + "/ws", handshake,
                new StompSessionHandlerAdapter() {
                }).get(10, TimeUnit.SECONDS);
        CompletableFuture<String> notice = new CompletableFuture<>();
        try {
            session.subscribe("/topic/todo", new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    notice.complete(new String((byte[]) payload, StandardCharsets.UTF_8));
                }
            });
            // The simple broker sends no receipts; the user registry shows when the server has the subscription.
            SimpUserRegistry users = app.bean(SimpUserRegistry.class);
            Instant giveUp = Instant.now().plusSeconds(10);
            while (users.findSubscriptions(subscription -> subscription.getDestination().equals("/topic/todo"))
                    .isEmpty()) {
                assertThat(Instant.now()).as("the subscription registered").isBefore(giveUp);
                AccessApp.sleep(50);
            }
            app.as("unit").act("/api/petitions/" + id + "/reply",
                    "{\"unitId\": \"" + AccessApp.UNIT + "\", \"reply\": \"已处理\"}");

            assertThat(notice.get(30, TimeUnit.SECONDS)).isEqualTo("{\"refetch\":\"/api/todo\"}");
        } finally {
            session.disconnect();
            stomp.stop();
        }
    }

    @Test
    void shouldRefuseABadLimitInChineseAndRolesWithoutWaitingWork() {
        AccessApp.Client.Answer bad = app.as("clerk").get("/api/todo?limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("每组条数须为1到50之间的整数", "\"field\":\"limit\"");
        assertThat(app.as("auditor").get("/api/todo").status()).isEqualTo(403);
        assertThat(app.as("admin").get("/api/todo").status()).isEqualTo(403);
    }

    private static String forwarded(String unitId, Instant replyDueAt) {
        String id = app.petition(AccessApp.TOWN, AccessApp.OTHER_DEPUTY, "{\"name\": \"卫某\"}");
        app.as("clerk").act("/api/petitions/" + id + "/accept", "{\"deputyId\": \"" + AccessApp.OTHER_DEPUTY + "\"}");
        app.as("clerk").act("/api/petitions/" + id + "/forward", "{\"unitIds\": [\"" + unitId + "\"], "
                + "\"replyDueAt\": \"" + replyDueAt.truncatedTo(ChronoUnit.SECONDS) + "\"}");
        return id;
    }

    private static String item(String group, String caseId, String field) {
        return "$.groups[?(@.key == '" + group + "')].items[?(@.caseId == '" + caseId + "')]." + field;
    }

    private static void awaitInGroup(String user, String group, String caseId) {
        app.awaitReadable(user, "/api/todo?limit=50", body -> !JsonPath.<List<?>>read(body,
                item(group, caseId, "caseId")).isEmpty());
    }

    private static void awaitNotInGroup(String user, String group, String caseId) {
        app.awaitReadable(user, "/api/todo?limit=50", body -> JsonPath.<List<?>>read(body,
                item(group, caseId, "caseId")).isEmpty());
    }
}
