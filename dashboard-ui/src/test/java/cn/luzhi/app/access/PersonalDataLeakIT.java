package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Distinctive personal data goes through every flow that touches it (submit, masked view, full view, refused views,
 * bad input that quotes it, a mediation case's parties, the live feed) and never appears in clear in a log line,
 * an exception text, an error answer, a read-side answer or a live-feed message.
 */
class PersonalDataLeakIT {

    private static final String NAME = "慕容雪芳";
    private static final String PHONE = "13712345698";
    private static final String ID_NUMBER = "15010219880707123X";
    private static final String PARTY_NAME = "诸葛明远";
    private static final String PARTY_PHONE = "15898765432";
    private static final String MARKER = "leak-test-marker-" + System.nanoTime();

    private static AccessApp app;
    private static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
    private static final Queue<String> FEED = new ConcurrentLinkedQueue<>();
    private static final AppenderBase<ILoggingEvent> CAPTURE = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                line.append('\n').append(cause.getClassName()).append(": ").append(cause.getMessage());
                for (StackTraceElementProxy frame : cause.getStackTraceElementProxyArray()) {
                    line.append("\n\t").append(frame.getSTEAsString());
                }
            }
            LOG.add(line.toString());
        }
    };
    private static WebSocketStompClient stomp;
    private static final List<StompSession> SESSIONS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        app = AccessApp.get();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        CAPTURE.setContext(root.getLoggerContext());
        CAPTURE.start();
        root.addAppender(CAPTURE);
        stomp = new WebSocketStompClient(new StandardWebSocketClient());
        listen("clerk", "/topic/events");
        listen("clerk", "/topic/cockpit");
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(CAPTURE);
        SESSIONS.forEach(StompSession::disconnect);
        if (stomp != null) {
            stomp.stop();
        }
    }

    @Test
    void shouldKeepSeededPersonalDataOutOfLogsErrorsAnswersAndTheLiveFeed() throws Exception {
        LoggerFactory.getLogger("cn.luzhi.command").warn(MARKER);
        List<String> answers = new ArrayList<>();
        AccessApp.Client clerk = app.as("clerk");

        String petition = app.petition(AccessApp.TOWN, AccessApp.DEPUTY, """
                {"name": "%s", "phone": "%s", "idNumber": "%s"}""".formatted(NAME, PHONE, ID_NUMBER));
        listen("clerk", "/topic/cases/" + petition);
        app.awaitReadable("clerk", "/api/petitions/" + petition);
        clerk.act("/api/petitions/" + petition + "/accept", "{\"deputyId\": \"" + AccessApp.DEPUTY + "\"}");
        String mediation = clerk.post("/api/mediation-cases", """
                {"courtId": "%s", "disputeType": "NEIGHBOURS", "regionId": "%s",
                 "parties": [{"name": "%s", "phone": "%s"}, {"name": "%s", "idNumber": "%s"}],
                 "amountInDispute": 1000.00, "summary": "邻里纠纷"}"""
                .formatted(AccessApp.COURT, AccessApp.TOWN, PARTY_NAME, PARTY_PHONE, NAME, ID_NUMBER)).field("aggregateId");
        app.awaitReadable("clerk", "/api/mediation-cases/" + mediation);

        // Masked views, read-side answers and refusals: none may carry a value in clear.
        AccessApp.Client.Answer masked = clerk.get("/api/petitions/" + petition + "/people");
        assertThat(masked.body()).contains("慕容**", "137****5698", "150102********123X");
        answers.add(masked.body());
        answers.add(clerk.get("/api/mediation-cases/" + mediation + "/people").body());
        answers.add(clerk.get("/api/petitions/" + petition).body());
        answers.add(clerk.get("/api/petitions?size=200").body());
        answers.add(clerk.get("/api/mediation-cases/" + mediation).body());
        answers.add(app.as("supervisor").get("/api/petitions/" + petition + "/people").body());
        answers.add(app.as("leader").get("/api/petitions/" + petition + "/people").body());
        answers.add(app.as("supervisor").post("/api/petitions/" + petition + "/reveal-people",
                "{\"reason\": \"" + NAME + "\"}").body());

        // The full view shows the values to the clerk alone, and leaves only references in the event store.
        AccessApp.Client.Answer full = clerk.post("/api/petitions/" + petition + "/reveal-people",
                "{\"reason\": \"电话回访\"}");
        assertThat(full.body()).contains(NAME, PHONE, ID_NUMBER);
        clerk.post("/api/mediation-cases/" + mediation + "/reveal-people", "{\"reason\": \"通知调解时间\"}");

        // Bad input that quotes the values, in every place a parser or validator could echo it.
        answers.add(clerk.post("/api/petitions", """
                {"source": "%s", "regionId": "%s", "petitioner": {"name": "%s", "phone": "%s"},
                 "title": "t", "content": "c"}""".formatted(NAME, AccessApp.TOWN, NAME, PHONE)).body());
        answers.add(clerk.post("/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "%s", "petitioner": {"name": "%s", "phone": "%s9",
                 "idNumber": "%s1"}, "title": "t", "content": "c"}""".formatted(AccessApp.TOWN, NAME, PHONE, ID_NUMBER))
                .body());
        answers.add(clerk.post("/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "%s", "petitioner": {"name": "%s", "%s": "%s"},
                 "title": "t", "content": "c"}""".formatted(AccessApp.TOWN, NAME, PHONE, ID_NUMBER)).body());
        answers.add(clerk.post("/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "%s", "petitioner": {"name": %s}, "title": "t"}"""
                .formatted(AccessApp.TOWN, PHONE)).body());
        answers.add(clerk.post("/api/petitions", "{\"petitioner\": {\"name\": \"" + NAME + "\", \"phone\": \"" + PHONE)
                .body());
        answers.add(clerk.post("/api/petitions/" + PHONE + "/accept", "{\"deputyId\": \"" + AccessApp.DEPUTY + "\"}")
                .body());
        answers.add(clerk.post("/api/petitions/" + petition + "/reveal-people", "{\"reason\": \"\", \"x\": \""
                + ID_NUMBER + "\"}").body());
        answers.add(clerk.get("/api/petitions/" + ID_NUMBER).body());
        answers.add(app.as("deputy").post("/api/petitions", """
                {"source": "DEPUTY_QR_CODE", "regionId": "%s", "deputyId": "%s", "petitioner": {"name": "%s"},
                 "title": "t", "content": "c"}""".formatted(AccessApp.TOWN, AccessApp.OTHER_DEPUTY, NAME)).body());

        // The live feed has spoken about this case (so the listener works), after every step above.
        clerk.act("/api/petitions/" + petition + "/forward", "{\"unitIds\": [\"" + AccessApp.UNIT + "\"]}");
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(30);
        while (FEED.stream().noneMatch(message -> message.contains(petition)) && System.currentTimeMillis() < deadline) {
            AccessApp.sleep(100);
        }
        assertThat(FEED).anyMatch(message -> message.contains(petition));
        AccessApp.sleep(1000);
        assertThat(LOG).anyMatch(line -> line.contains(MARKER));

        for (String value : List.of(NAME, PHONE, ID_NUMBER, PARTY_NAME, PARTY_PHONE)) {
            assertThat(LOG).as("log lines").noneMatch(line -> line.contains(value));
            assertThat(FEED).as("live-feed messages").noneMatch(message -> message.contains(value));
            assertThat(answers).as("answers").noneMatch(answer -> answer.contains(value));
        }
        assertThat(answers).hasSize(17);
    }

    private static void listen(String user, String destination) throws Exception {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", AccessApp.basic(user));
        StompSession session = stomp.connectAsync("ws://localhost:" + app.port() + "/ws", handshake,
                new StompSessionHandlerAdapter() {
                }).get(10, TimeUnit.SECONDS);
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                FEED.add(new String((byte[]) payload, StandardCharsets.UTF_8));
            }
        });
        SESSIONS.add(session);
    }
}
