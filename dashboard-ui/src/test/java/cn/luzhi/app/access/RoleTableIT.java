package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * docs/roles.md against the running all-in-one application: every endpoint it serves has a row, every row an
 * endpoint, and every role (and an anonymous caller) is allowed or refused exactly as its row says; the same for
 * STOMP subscriptions, with a real STOMP client per role.
 */
class RoleTableIT {

    /** What a probe puts in a path placeholder: a case or record that does not exist. */
    private static final String NO_SUCH_ID = "no-such-record";

    private static AccessApp app;
    private static List<RoleTable.Row> table;

    @BeforeAll
    static void start() {
        app = AccessApp.get();
        table = RoleTable.read();
    }

    @Test
    void shouldListEveryEndpointOfTheApplicationAndNoOther() {
        Set<String> served = servedEndpoints();
        Set<String> listed = table.stream().filter(row -> !row.method().equals("SUBSCRIBE")).map(RoleTable.Row::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(difference(served, listed)).as("endpoints without a row in docs/roles.md").isEmpty();
        assertThat(difference(listed, served)).as("rows of docs/roles.md naming no endpoint").isEmpty();
    }

    @Test
    void shouldAllowAndRefuseEveryEndpointExactlyAsTheTableSays() {
        Map<String, AccessApp.Client> clients = new ConcurrentHashMap<>();
        RoleTable.ROLES.forEach(role -> clients.put(role, app.as(role.toLowerCase())));
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (RoleTable.Row row : table) {
            if (row.method().equals("SUBSCRIBE")) {
                continue;
            }
            String path = row.path().replaceAll("\\{[^}]*}", NO_SUCH_ID);
            for (Map.Entry<String, Boolean> cell : row.allowed().entrySet()) {
                AccessApp.Client client = cell.getKey().equals(RoleTable.ANONYMOUS) ? app.anonymous()
                        : clients.get(cell.getKey());
                int status = client.send(row.method(), path, "{}").status();
                probes++;
                boolean allowed = status != 401 && status != 403;
                int refusal = cell.getKey().equals(RoleTable.ANONYMOUS) ? 401 : 403;
                if (cell.getValue() != allowed || !cell.getValue() && status != refusal) {
                    wrong.add(row.method() + " " + row.path() + " as " + cell.getKey() + ": " + status + ", table says "
                            + (cell.getValue() ? "allowed" : "refused (" + refusal + ")"));
                }
            }
        }
        assertThat(wrong).as("answers that differ from docs/roles.md").isEmpty();
        assertThat(probes).isEqualTo(table.stream().filter(row -> !row.method().equals("SUBSCRIBE")).count() * 9);
    }

    @Test
    void shouldAuthorizeEverySubscriptionExactlyAsTheTableSays() throws Exception {
        // A case every scoped demo account may see: through the demo deputy's QR code, forwarded to the demo unit,
        // in the district the demo supervisor and leader watch.
        String caseId = app.petition(AccessApp.TOWN, AccessApp.DEPUTY, "{\"name\": \"赵某\"}");
        app.as("clerk").act("/api/petitions/" + caseId + "/accept", "{\"deputyId\": \"" + AccessApp.DEPUTY + "\"}");
        app.as("clerk").act("/api/petitions/" + caseId + "/forward", "{\"unitIds\": [\"" + AccessApp.UNIT + "\"]}");
        app.awaitReadable("unit", "/api/petitions/" + caseId);

        List<Probe> probes = new ArrayList<>();
        for (RoleTable.Row row : table) {
            if (!row.method().equals("SUBSCRIBE")) {
                continue;
            }
            String destination = row.path().replace("{regionId}", AccessApp.DISTRICT).replaceAll("\\{[^}]*}", caseId);
            for (Map.Entry<String, Boolean> cell : row.allowed().entrySet()) {
                probes.add(new Probe(destination, cell.getKey(), cell.getValue()));
            }
        }
        assertThat(probes).hasSizeGreaterThanOrEqualTo(36);
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        try {
            probes.forEach(probe -> probe.subscribe(stomp, app.port()));
            // Whatever a refused subscription is answered has arrived once every allowed one has a message.
            app.as("supervisor").act("/api/petitions/" + caseId + "/urge", "{\"reason\": \"请加快办理\"}");
            for (Probe probe : probes) {
                if (probe.allowed && probe.fedByTheUrge()) {
                    probe.awaitFirstMessage();
                }
            }
            AccessApp.sleep(500);
            List<String> wrong = probes.stream().filter(probe -> !probe.asTableSays()).map(Probe::toString).toList();
            assertThat(wrong).as("subscriptions that differ from docs/roles.md").isEmpty();
        } finally {
            probes.forEach(Probe::close);
            stomp.stop();
        }
    }

    /** Every method and path the application's controllers map, the command API's one row per route. */
    private static Set<String> servedEndpoints() {
        List<CommandRoute> routes = app.context().getBeansOfType(CommandRoutes.class).values().stream()
                .flatMap(table -> table.routes().stream()).toList();
        Set<String> served = new TreeSet<>();
        RequestMappingHandlerMapping mappings = app.context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<String> methods = mapping.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toSet());
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.contains("{collection}")) {
                    // The command API's two generic mappings serve exactly the routes of the route tables.
                    boolean creating = !pattern.contains("{action}");
                    routes.stream().filter(route -> route.creates() == creating)
                            .forEach(route -> served.add(RoleTable.Row.key("POST", route.path())));
                } else {
                    for (String path : choices(pattern)) {
                        (methods.isEmpty() ? Set.of("GET") : methods)
                                .forEach(method -> served.add(RoleTable.Row.key(method, path)));
                    }
                }
            }
        }
        return served;
    }

    /** A pattern with a variable that is a choice of literals ({@code {c:a|b}}) as one path per choice. */
    private static List<String> choices(String pattern) {
        java.util.regex.Matcher choice = java.util.regex.Pattern.compile("\\{\\w+:([\\w-]+(?:\\|[\\w-]+)+)}")
                .matcher(pattern);
        if (!choice.find()) {
            return List.of(pattern);
        }
        List<String> paths = new ArrayList<>();
        for (String literal : choice.group(1).split("\\|")) {
            paths.addAll(choices(pattern.substring(0, choice.start()) + literal + pattern.substring(choice.end())));
        }
        return paths;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    /** One account's subscription to one destination, in a session of its own (an ERROR frame ends a session). */
    private static final class Probe {

        private final String destination;
        private final String role;
        private final boolean allowed;
        private final CompletableFuture<byte[]> firstMessage = new CompletableFuture<>();
        private final AtomicInteger messages = new AtomicInteger();
        private volatile boolean refused;
        private volatile String refusal = "";
        private StompSession session;

        Probe(String destination, String role, boolean allowed) {
            this.destination = destination;
            this.role = role;
            this.allowed = allowed;
        }

        void subscribe(WebSocketStompClient stomp, int port) {
            WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
            if (!role.equals(RoleTable.ANONYMOUS)) {
                handshake.add("Authorization", AccessApp.basic(role.toLowerCase()));
            }
            try {
                session = stomp.connectAsync("ws://localhost:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        refused = true;
                        refusal = String.valueOf(headers.get("message"));
                    }

                    @Override
                    public void handleException(StompSession s, StompCommand command, StompHeaders headers,
                                                byte[] payload, Throwable exception) {
                        refused = true;
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        refused = true;
                    }
                }).get(10, TimeUnit.SECONDS);
            } catch (Exception handshakeRefused) {
                // No account, or one the live feed does not serve at all: the WebSocket handshake itself is refused.
                refused = true;
                refusal = "handshake: " + handshakeRefused.getMessage();
                return;
            }
            session.subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    messages.incrementAndGet();
                    firstMessage.complete((byte[]) payload);
                }
            });
        }

        void awaitFirstMessage() {
            try {
                firstMessage.get(30, TimeUnit.SECONDS);
            } catch (Exception none) {
                // Reported by asTableSays with the other differences.
            }
        }

        boolean asTableSays() {
            // An urge feeds the cockpit, the ticker, the case's topic and the waiting work's; any other topic is only checked for
            // accepting the subscription.
            return allowed ? !refused && (messages.get() > 0 || !fedByTheUrge()) : refused && messages.get() == 0;
        }

        boolean fedByTheUrge() {
            return destination.startsWith("/topic/cockpit") || destination.startsWith("/topic/events")
                    || destination.startsWith("/topic/cases/") || destination.equals("/topic/todo");
        }

        void close() {
            try {
                if (session != null) {
                    session.disconnect();
                }
            } catch (MessageDeliveryException | IllegalStateException alreadyClosed) {
                // The server closed the session after its ERROR frame.
            }
        }

        @Override
        public String toString() {
            return "SUBSCRIBE " + destination + " as " + role + ": " + (refused ? "refused " + refusal : "subscribed")
                    + ", " + messages.get() + " messages; table says " + (allowed ? "allowed" : "refused");
        }
    }
}
