package cn.luzhi.query.livefeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.QuerySideApplication;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Two query nodes on one database: a browser connected to either hears of every change once, whichever node's
 * processor applied it (the processors' segments are shared out between the nodes through the token store).
 */
class LiveFeedFanOutIT extends QuerySideIntegrationTest {

    private static ConfigurableApplicationContext secondNode;

    @Autowired
    SimpUserRegistry users;

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void shouldTellClientsOfBothNodesAboutEachChangeExactlyOnce() throws Exception {
        secondNode = new SpringApplicationBuilder(QuerySideApplication.class).run(
                "--spring.config.name=query-side", "--" + QuerySideApplication.NO_COMMAND_SIDE_FLYWAY,
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=");
        int secondPort = secondNode.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        List<String> cases = List.of("p-fan-1", "p-fan-2", "p-fan-3", "p-fan-4");
        Map<String, BlockingQueue<Object>> first = subscribe(port, users, cases);
        Map<String, BlockingQueue<Object>> second = subscribe(secondPort,
                secondNode.getBean(SimpUserRegistry.class), cases);

        EventLog log = new EventLog(eventStore, jdbc);
        for (String id : cases) {
            log.append(NOW, new PetitionSubmitted(PetitionId.of(id), PetitionSource.HOTLINE_12345,
                    RegionId.of("150103"), null, null, PersonRef.of("person-" + id), "噪音扰民", "夜间施工噪音"));
        }

        for (String id : cases) {
            assertThat(first.get(id).poll(30, TimeUnit.SECONDS)).as("node 1 hears of %s", id).isNotNull();
            assertThat(second.get(id).poll(30, TimeUnit.SECONDS)).as("node 2 hears of %s", id).isNotNull();
        }
        Thread.sleep(1000);
        for (String id : cases) {
            assertThat(first.get(id)).as("further messages for %s on node 1", id).isEmpty();
            assertThat(second.get(id)).as("further messages for %s on node 2", id).isEmpty();
        }
    }

    private static Map<String, BlockingQueue<Object>> subscribe(int port, SimpUserRegistry users, List<String> cases)
            throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", Http.basic("auditor"));
        StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", handshake,
                new StompSessionHandlerAdapter() {
                }).get(10, TimeUnit.SECONDS);
        Map<String, BlockingQueue<Object>> received = new HashMap<>();
        for (String id : cases) {
            BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
            received.put(id, queue);
            session.subscribe(LiveMessages.CASES + id, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return Map.class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    queue.add(payload);
                }
            });
        }
        // The simple broker sends no receipts; the user registry shows when the server has the subscriptions.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                users.findSubscriptions(s -> s.getDestination().startsWith(LiveMessages.CASES + "p-fan-")).size()
                        == cases.size());
        return received;
    }
}
