package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.ActorRole;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Row-level visibility (docs/roles.md): a deputy sees their own cases, a unit those forwarded to it, a supervisor
 * or leader their region's subtree; a case outside the scope is answered 404, and its live topic refused.
 */
class ScopeIT {

    private static AccessApp app;

    @BeforeAll
    static void start() {
        app = AccessApp.get();
    }

    @Test
    void shouldShowADeputyOnlyTheirOwnPetitions() {
        String own = app.petition(AccessApp.TOWN, AccessApp.DEPUTY, "{\"name\": \"钱某\"}");
        String others = app.petition(AccessApp.TOWN, AccessApp.OTHER_DEPUTY, "{\"name\": \"孙某\"}");
        app.awaitReadable("clerk", "/api/petitions/" + others);
        app.awaitReadable("clerk", "/api/petitions/" + own);

        AccessApp.Client deputy = app.as("deputy");
        String list = deputy.get("/api/petitions?size=200").body();
        assertThat(list).contains(own).doesNotContain(others);
        assertThat(deputy.get("/api/petitions/" + own).status()).isEqualTo(200);
        assertThat(deputy.get("/api/petitions/" + others).status()).isEqualTo(404);
        assertThat(app.as("clerk").get("/api/petitions?size=200").body()).contains(own, others);
    }

    @Test
    void shouldShowAUnitOnlyThePetitionsForwardedToIt() {
        String ours = forwarded(AccessApp.UNIT);
        String theirs = forwarded(AccessApp.OTHER_UNIT);
        app.awaitReadable("unit", "/api/petitions/" + ours);

        AccessApp.Client unit = app.as("unit");
        assertThat(unit.get("/api/petitions?size=200").body()).contains(ours).doesNotContain(theirs);
        assertThat(unit.get("/api/petitions/" + theirs).status()).isEqualTo(404);
    }

    @Test
    void shouldHoldARegionalLeaderToTheirRegionAndItsCockpit() {
        app.account("leader-east", ActorRole.LEADER, AccessApp.OTHER_TOWN);
        String inside = app.petition(AccessApp.OTHER_TOWN, AccessApp.DEPUTY, "{\"name\": \"李某\"}");
        String outside = app.petition(AccessApp.TOWN, AccessApp.DEPUTY, "{\"name\": \"周某\"}");
        app.awaitReadable("leader-east", "/api/petitions/" + inside);
        app.awaitReadable("clerk", "/api/petitions/" + outside);

        AccessApp.Client leader = app.as("leader-east");
        assertThat(leader.get("/api/petitions?size=200").body()).contains(inside).doesNotContain(outside);
        assertThat(leader.get("/api/petitions/" + outside).status()).isEqualTo(404);
        AccessApp.Client.Answer cockpit = leader.get("/api/cockpit/summary");
        assertThat(cockpit.status()).as(cockpit.body()).isEqualTo(200);
        assertThat(cockpit.field("regionId")).isEqualTo(AccessApp.OTHER_TOWN);
        assertThat(leader.get("/api/cockpit/summary?regionId=" + AccessApp.DISTRICT).status()).isEqualTo(404);
        assertThat(leader.get("/api/cockpit/summary?regionId=" + AccessApp.TOWN).status()).isEqualTo(404);
        assertThat(app.as("leader").get("/api/cockpit/summary?regionId=" + AccessApp.TOWN).status()).isEqualTo(200);

        // The region pickers offer their own region and those below it, nothing they would be refused.
        String regions = leader.get("/api/regions").body();
        assertThat(regions).startsWith("[{\"regionId\":\"" + AccessApp.OTHER_TOWN + "\"")
                .doesNotContain("\"" + AccessApp.TOWN + "\"").doesNotContain("\"" + AccessApp.DISTRICT + "\"");
        assertThat(app.as("clerk").get("/api/regions").body()).contains("\"" + AccessApp.TOWN + "\"");
    }

    @Test
    void shouldHoldARegionalSupervisorToTheirRegionInTheAuditTrailAndSupervision() {
        app.account("supervisor-east", ActorRole.SUPERVISOR, AccessApp.OTHER_TOWN);
        String inside = app.petition(AccessApp.OTHER_TOWN, AccessApp.DEPUTY, "{\"name\": \"冯某\"}");
        String outside = app.petition(AccessApp.TOWN, AccessApp.DEPUTY, "{\"name\": \"陈某\"}");
        AccessApp.Client supervisor = app.as("supervisor-east");

        for (String read : new String[] {"/api/cases/%s/history", "/api/cases/%s/state", "/api/supervision/cases/%s"}) {
            assertThat(supervisor.get(read.formatted(inside)).status()).as(read).isEqualTo(200);
            assertThat(supervisor.get(read.formatted(outside)).status()).as(read).isEqualTo(404);
            assertThat(app.as("auditor").get(read.formatted(outside)).status()).as(read).isEqualTo(200);
        }
        for (String list : new String[] {"/api/supervision/overdue", "/api/supervision/due-soon",
                "/api/supervision/unit-ranking", "/api/audit/events"}) {
            assertThat(supervisor.get(list).status()).as(list).isEqualTo(200);
            assertThat(supervisor.get(list + "?regionId=" + AccessApp.TOWN).status()).as(list).isEqualTo(404);
            assertThat(supervisor.get(list + "?regionId=" + AccessApp.DISTRICT).status()).as(list).isEqualTo(404);
        }
        assertThat(supervisor.get("/api/supervision/unit-ranking").field("regionId")).isEqualTo(AccessApp.OTHER_TOWN);

        app.awaitReadable("auditor", "/api/audit/events?caseType=PETITION", body -> body.contains(outside));
        app.awaitReadable("supervisor-east", "/api/audit/events?caseType=PETITION", body -> body.contains(inside));
        assertThat(supervisor.get("/api/audit/events?caseType=PETITION&size=200").body()).doesNotContain(outside);
        assertThat(supervisor.get("/api/audit/events.csv?caseType=PETITION").body()).contains(inside)
                .doesNotContain(outside);
    }

    @Test
    void shouldRefuseTheLiveTopicOfACaseOutsideTheScope() throws Exception {
        String others = app.petition(AccessApp.TOWN, AccessApp.OTHER_DEPUTY, "{\"name\": \"吴某\"}");
        app.awaitReadable("clerk", "/api/petitions/" + others);

        assertThat(subscriptionRefused("deputy", "/topic/cases/" + others)).isTrue();
        assertThat(subscriptionRefused("clerk", "/topic/cases/" + others)).isFalse();
        assertThat(subscriptionRefused("deputy", "/topic/cockpit")).isTrue();
        assertThat(subscriptionRefused("clerk", "/topic/anything-else")).isTrue();
    }

    @Test
    void shouldGiveARegionalLeaderTheTickerOfTheirRegionOnly() throws Exception {
        app.account("leader-west", ActorRole.LEADER, AccessApp.TOWN);

        assertThat(subscriptionRefused("leader-west", "/topic/events/" + AccessApp.TOWN)).isFalse();
        assertThat(subscriptionRefused("leader-west", "/topic/events/" + AccessApp.OTHER_TOWN)).isTrue();
        assertThat(subscriptionRefused("leader-west", "/topic/events/" + AccessApp.DISTRICT)).isTrue();
        assertThat(subscriptionRefused("leader-west", "/topic/events")).isTrue();
        assertThat(subscriptionRefused("clerk", "/topic/events")).isFalse();
    }

    private String forwarded(String unitId) {
        String id = app.petition(AccessApp.TOWN, AccessApp.OTHER_DEPUTY, "{\"name\": \"郑某\"}");
        app.as("clerk").act("/api/petitions/" + id + "/accept", "{\"deputyId\": \"" + AccessApp.OTHER_DEPUTY + "\"}");
        app.as("clerk").act("/api/petitions/" + id + "/forward", "{\"unitIds\": [\"" + unitId + "\"]}");
        return id;
    }

    /** Whether the server answers a SUBSCRIBE with an ERROR frame within a few seconds. */
    private static boolean subscriptionRefused(String user, String destination) throws Exception {
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        CompletableFuture<String> error = new CompletableFuture<>();
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", AccessApp.basic(user));
        StompSession session = stomp.connectAsync("ws://localhost:" + app.port() + "/ws", handshake,
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        error.complete(String.valueOf(headers.get("message")));
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        error.complete("transport: " + exception.getMessage());
                    }
                }).get(10, TimeUnit.SECONDS);
        session.subscribe(destination, new StompSessionHandlerAdapter() {
        });
        try {
            String message = error.get(3, TimeUnit.SECONDS);
            assertThat(message).contains("无权订阅");
            return true;
        } catch (java.util.concurrent.TimeoutException none) {
            return false;
        } finally {
            disconnect(session);
            stomp.stop();
        }
    }

    /** Ends the session unless the server has already closed it after its ERROR frame. */
    private static void disconnect(StompSession session) {
        try {
            session.disconnect();
        } catch (MessageDeliveryException | IllegalStateException alreadyClosed) {
            // Nothing left to end.
        }
    }
}
