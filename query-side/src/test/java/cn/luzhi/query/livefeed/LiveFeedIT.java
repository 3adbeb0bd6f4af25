package cn.luzhi.query.livefeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;

import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** A real STOMP client over WebSocket receives the live feed's messages for an event appended to the store. */
class LiveFeedIT extends QuerySideIntegrationTest {

    private static final String REGION = "150103";
    private static final String TOWN = "150103001";
    private static final String OTHER_TOWN = "150103002";

    @Autowired
    SimpUserRegistry users;

    /** The region exists once per test JVM: its id is also its event stream's id. */
    private static boolean regionRegistered;

    private WebSocketStompClient client;
    private StompSession session;
    private EventLog log;

    @BeforeEach
    void setUp() throws Exception {
        log = new EventLog(eventStore, jdbc);
        registerRegionOnce();
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());

        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        // A district-wide reader may follow a case before its first event arrives (docs/roles.md).
        handshake.add("Authorization", Http.basic("auditor"));
        session = client.connectAsync("ws://localhost:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {
        }).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() {
        session.disconnect();
        client.stop();
    }

    private void registerRegionOnce() {
        synchronized (LiveFeedIT.class) {
            if (!regionRegistered) {
                log.append(NOW, new RegionRegistered(RegionId.of(REGION), "北区", RegionLevel.DISTRICT, null));
                log.append(NOW, new RegionRegistered(RegionId.of(TOWN), "北关镇", RegionLevel.TOWN, RegionId.of(REGION)));
                Projections.awaitProcessed(processing, log.append(NOW, new RegionRegistered(RegionId.of(OTHER_TOWN),
                        "北河镇", RegionLevel.TOWN, RegionId.of(REGION))));
                regionRegistered = true;
            }
        }
    }

    @Test
    void shouldTellSubscribersAboutAnAppendedEventAfterItsProjectionCommitted() throws Exception {
        BlockingQueue<Map<String, Object>> cockpit = subscribe("/topic/cockpit");
        BlockingQueue<Map<String, Object>> events = subscribe("/topic/events");
        BlockingQueue<Map<String, Object>> thisCase = subscribe("/topic/cases/p-live-1");

        Instant at = Instant.parse("2026-11-22T01:59:30Z");
        long index = log.append(at, new PetitionSubmitted(PetitionId.of("p-live-1"), PetitionSource.HOTLINE_12345,
                RegionId.of(REGION), null, null, PersonRef.of("person-live-1"), "噪音扰民", "夜间施工噪音"));

        Map<String, Object> caseMessage = thisCase.poll(30, TimeUnit.SECONDS);
        assertThat(caseMessage).isEqualTo(Map.of("globalIndex", index, "caseId", "p-live-1"));
        // The case's row is committed by the time anyone hears of it.
        assertThat(jdbc.sql("SELECT count(*) FROM read.petition WHERE petition_id = 'p-live-1'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(cockpit.poll(10, TimeUnit.SECONDS))
                .isEqualTo(Map.of("globalIndex", index, "changed", List.of("petitions")));
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(Map.of("globalIndex", index,
                "time", "2026-11-22T01:59:30Z", "regionName", "北区", "caseType", "PETITION",
                "caseTypeLabel", "民意诉求", "action", "收到群众诉求", "actorName", "王芳"));
    }

    @Test
    void shouldTellARegionsTickerTheNewsOfItsOwnCasesAndThoseBelowItOnly() throws Exception {
        BlockingQueue<Map<String, Object>> district = subscribe("/topic/events/" + REGION);
        BlockingQueue<Map<String, Object>> town = subscribe("/topic/events/" + TOWN);
        BlockingQueue<Map<String, Object>> otherTown = subscribe("/topic/events/" + OTHER_TOWN);

        long index = log.append(NOW, new PetitionSubmitted(PetitionId.of("p-live-3"), PetitionSource.HOTLINE_12345,
                RegionId.of(TOWN), null, null, PersonRef.of("person-live-3"), "占道经营", "早市占用人行道"));

        assertThat(town.poll(30, TimeUnit.SECONDS)).containsEntry("globalIndex", index)
                .containsEntry("regionName", "北关镇");
        assertThat(district.poll(10, TimeUnit.SECONDS)).containsEntry("globalIndex", index);
        assertThat(otherTown.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void shouldTellCaseSubscribersAboutEachLaterStep() throws Exception {
        log.append(NOW, new PetitionSubmitted(PetitionId.of("p-live-2"), PetitionSource.HOTLINE_12345,
                RegionId.of(REGION), null, null, PersonRef.of("person-live-2"), "路面破损", "坑洼"));
        BlockingQueue<Map<String, Object>> thisCase = subscribe("/topic/cases/p-live-2");
        long urged = log.append(NOW, new PetitionUrged(PetitionId.of("p-live-2"), PetitionStatus.SUBMITTED, "请尽快受理"));

        Map<String, Object> message;
        do {
            message = thisCase.poll(30, TimeUnit.SECONDS);
            assertThat(message).as("a message for the urge").isNotNull();
        } while (((Number) message.get("globalIndex")).longValue() < urged);
        assertThat(message).isEqualTo(Map.of("globalIndex", urged, "caseId", "p-live-2"));
    }

    @Test
    void shouldTellThoseWithWaitingWorkToRefetchItWithoutNamingTheCase() throws Exception {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", Http.basic("unit"));
        StompSession unit = client.connectAsync("ws://localhost:" + port + "/ws", handshake,
                new StompSessionHandlerAdapter() {
                }).get(10, TimeUnit.SECONDS);
        try {
            BlockingQueue<Map<String, Object>> todo = subscribe(unit, "/topic/todo");

            log.append(NOW, new PetitionSubmitted(PetitionId.of("p-live-4"), PetitionSource.HOTLINE_12345,
                    RegionId.of(TOWN), null, null, PersonRef.of("person-live-4"), "违章搭建", "楼顶加盖"));

            // The same words for every change, so that PostgreSQL delivers one per committed batch.
            assertThat(todo.poll(30, TimeUnit.SECONDS)).isEqualTo(Map.of("refetch", "/api/todo"));
        } finally {
            unit.disconnect();
        }
    }

    private BlockingQueue<Map<String, Object>> subscribe(String destination) {
        return subscribe(session, destination);
    }

    private BlockingQueue<Map<String, Object>> subscribe(StompSession session, String destination) {
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add(normalised((Map<String, Object>) payload));
            }
        });
        // The simple broker sends no receipts; the user registry shows when the server has the subscription.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !users.findSubscriptions(subscription -> subscription.getDestination().equals(destination)).isEmpty());
        return received;
    }

    /** JSON numbers arrive as Integer or Long depending on size; the test compares them as longs. */
    private static Map<String, Object> normalised(Map<String, Object> payload) {
        Map<String, Object> copy = new HashMap<>(payload);
        copy.computeIfPresent("globalIndex", (key, value) -> ((Number) value).longValue());
        return copy;
    }
}
