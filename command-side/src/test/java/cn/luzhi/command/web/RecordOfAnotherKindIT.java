package cn.luzhi.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import cn.luzhi.events.common.ActorRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An id in the path that exists, but as another kind of record (a region's code sent to a petition's route), is
 * answered exactly like an id that does not exist: 404 to an admitted role, 403 to the others, and nothing is
 * appended; creating a record under such an id is refused with 409. Every route of every {@link CommandRoutes}
 * bean, every kind of record, every role that sends commands.
 */
class RecordOfAnotherKindIT extends CommandSideIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Answers that stop a request before it reaches the record: the body was not good enough to test with. */
    private static final Set<Integer> BEFORE_THE_RECORD = Set.of(400, 401, 403, 413, 415, 422);
    private static final int BODIES_TO_TRY = 60;
    private static final String PROCURATORATE = "u-procuratorate";

    @Autowired
    private List<CommandRoutes> routeTables;

    private final HostilePayloads payloads = new HostilePayloads();
    private final Map<String, Api> sessions = new ConcurrentHashMap<>();
    private final Map<CommandRoute, ObjectNode> creatingBodies = new ConcurrentHashMap<>();
    private List<CommandRoute> routes;

    @BeforeEach
    void routes() {
        routes = routeTables.stream().flatMap(table -> table.routes().stream()).toList();
        // Converting a suggestion names a procuratorate, which the reference data has none of.
        Api.Response procuratorate = session("admin").post("/api/units", "admin", PASSWORD,
                "{\"handlingUnitId\": \"" + PROCURATORATE + "\", \"name\": \"检察院\", \"kind\": \"PROCURATORATE\", "
                        + "\"regionId\": \"150102\", \"contactOffice\": \"办公室\"}", "Idempotency-Key", "kind-" + PROCURATORATE);
        assertThat(procuratorate.status()).as(procuratorate.text()).isIn(200, 201);
        payloads.unit(PROCURATORATE);
        // Drafts are opened for comment at liaison points only: the reference station is one (once is enough).
        Api.Response liaisonPoint = session("clerk").post("/api/stations/" + ReferenceData.STATION
                + "/designate-liaison-point", "clerk", PASSWORD, "{\"reason\": \"设立\"}");
        assertThat(liaisonPoint.status()).as(liaisonPoint.text()).isIn(200, 409);
    }

    @Test
    void shouldAnswerACommandOnARecordOfAnotherKindLikeOneOnAnIdThatDoesNotExist() {
        Map<String, String> records = oneRecordOfEveryKind();
        List<String> mismatches = new ArrayList<>();
        long compared = 0;
        for (CommandRoute route : routes) {
            if (route.creates()) {
                continue;
            }
            String missing = "no-such-record-" + Math.abs(route.path().hashCode());
            Map<String, Api.Response> asMissing = new LinkedHashMap<>();
            String body = bodyReachingTheRecord(route, missing, asMissing);
            assertThat(body).as("no well-meant body for %s got past validation: %s", route.path(),
                    statuses(asMissing)).isNotNull();
            for (Map.Entry<String, String> record : records.entrySet()) {
                if (record.getKey().equals(route.collection())) {
                    continue;
                }
                for (String user : HostilePayloads.SENDERS) {
                    long before = storedEvents();
                    Api.Response answer = post(route, record.getValue(), body, user);
                    compared++;
                    if (storedEvents() != before) {
                        mismatches.add(describe(route, record, user) + " appended events: " + answer.text());
                    }
                    Api.Response expected = asMissing.get(user);
                    if (!sameAnswer(answer, record.getValue(), expected, missing)) {
                        mismatches.add(describe(route, record, user) + " answered " + answer.status() + " "
                                + answer.text() + ", for an id that does not exist " + expected.status() + " "
                                + expected.text());
                    }
                }
            }
        }
        long actionRoutes = routes.stream().filter(route -> !route.creates()).count();
        assertThat(compared).isGreaterThanOrEqualTo(actionRoutes * (records.size() - 1) * HostilePayloads.SENDERS.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldRefuseToCreateARecordUnderTheIdOfAnotherKindWithAConflict() {
        Map<String, String> records = oneRecordOfEveryKind();
        List<String> mismatches = new ArrayList<>();
        for (CommandRoute route : routes) {
            if (!route.creates()) {
                continue;
            }
            for (Map.Entry<String, String> record : records.entrySet()) {
                // A region's id is its statutory code: an id of another shape is refused for its shape (422).
                if (record.getKey().equals(route.collection())
                        || route.collection().equals("regions") && !record.getValue().matches("150102\\d{3}")) {
                    continue;
                }
                ObjectNode body = createBody(route, record.getValue());
                long before = storedEvents();
                String user = creator(route);
                Api.Response answer = session(user).post("/api/" + route.collection(), user, PASSWORD,
                        body.toString());
                String what = "POST /api/" + route.collection() + " with the id of a record of " + record.getKey()
                        + " (" + record.getValue() + ")";
                if (storedEvents() != before) {
                    mismatches.add(what + " appended events: " + answer.text());
                }
                JsonNode problem = answer.json();
                if (answer.status() != 409 || problem == null
                        || !"urn:luzhi:problem:already-exists".equals(problem.path("type").asText())
                        || !problem.path("detail").asText().equals("该编号的记录已存在，不能重复创建")) {
                    mismatches.add(what + " answered " + answer.status() + " " + answer.text());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldShowNoPeopleOfARecordOfAnotherKind() {
        Map<String, String> records = oneRecordOfEveryKind();
        List<String> mismatches = new ArrayList<>();
        for (String collection : List.of("petitions", "mediation-cases", "legislative-drafts")) {
            for (Map.Entry<String, String> record : records.entrySet()) {
                if (record.getKey().equals(collection)) {
                    continue;
                }
                for (String user : List.of("deputy", "clerk", "unit", "supervisor", "auditor", "admin")) {
                    Api.Response answer = session(user).get("/api/" + collection + "/" + record.getValue() + "/people",
                            user, PASSWORD);
                    Api.Response expected = session(user).get("/api/" + collection + "/no-such-record/people", user,
                            PASSWORD);
                    if (!sameAnswer(answer, record.getValue(), expected, "no-such-record")) {
                        mismatches.add("GET /api/" + collection + "/{" + record.getKey() + "}/people as " + user
                                + " answered " + answer.status() + " " + answer.text() + ", for a missing id "
                                + expected.status() + " " + expected.text());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * A record of every kind the routes act on: the reference data's, and one case of each collection whose
     * creating route a well-meant body passes, created under a code-shaped id (so a region could be registered
     * under it, were ids not unique across kinds).
     */
    private Map<String, String> oneRecordOfEveryKind() {
        Map<String, String> records = new TreeMap<>();
        records.put("regions", "150102001");
        records.put("stations", "s-home");
        records.put("deputies", "d-li");
        records.put("units", "u-water");
        int next = 0;
        Map<String, String> refusals = new TreeMap<>();
        for (CommandRoute route : routes) {
            if (!route.creates() || records.containsKey(route.collection())) {
                continue;
            }
            String id = "1501029" + String.format("%02d", next++);
            String user = creator(route);
            for (String body : wellMeantBodies(route)) {
                ObjectNode fields = (ObjectNode) JSON.readTree(body);
                fields.put(idField(route), id);
                Api.Response answer = session(user).post("/api/" + route.collection(), user, PASSWORD,
                        fields.toString(), "Idempotency-Key", "kind-" + route.collection() + "-" + id);
                if (answer.status() == 201 || answer.status() == 200) {
                    records.put(route.collection(), id);
                    break;
                }
                refusals.merge(route.collection(), answer.status() + " " + answer.text(), (a, b) -> a + "\n" + b);
            }
        }
        assertThat(records).as("refusals: %s", refusals).containsKeys("petitions", "suggestions", "mediation-cases", "ballots");
        return records;
    }

    /**
     * A body for the creating route with its id set to {@code id}; the region's own rules need its level, an
     * account's role its link.
     */
    private ObjectNode createBody(CommandRoute route, String id) {
        if (route.collection().equals("regions")) {
            return (ObjectNode) JSON.readTree("{\"regionId\": \"" + id + "\", \"name\": \"测试镇\", \"level\": \"TOWN\","
                    + " \"parentId\": \"150102\"}");
        }
        if (route.collection().equals("accounts")) {
            // A role takes exactly its own link (AccountLink), which bodies filling every field never hit.
            return (ObjectNode) JSON.readTree("{\"accountId\": \"" + id + "\", \"displayName\": \"测试\", "
                    + "\"role\": \"CLERK\", \"reason\": \"测试\"}");
        }
        ObjectNode fields = creatingBodies.computeIfAbsent(route, this::creatingBody).deepCopy();
        fields.put(idField(route), id);
        // A 12345 ticket number is unique too (hotline_ticket): a fresh one leaves the id the only reason to refuse.
        if (fields.get("hotlineTicket") instanceof ObjectNode ticket) {
            ticket.put("ticketNumber", "T-" + id + "-" + System.nanoTime());
        }
        return fields;
    }

    /** A body that created a record under a new id, so that only the id can be the reason for a refusal. */
    private ObjectNode creatingBody(CommandRoute route) {
        String user = creator(route);
        for (String body : wellMeantBodies(route)) {
            ObjectNode fields = (ObjectNode) JSON.readTree(body);
            fields.put(idField(route), "new-" + Math.abs(body.hashCode()));
            Api.Response answer = session(user).post("/api/" + route.collection(), user, PASSWORD,
                    fields.toString());
            if (answer.status() == 201) {
                return fields;
            }
        }
        throw new AssertionError("no well-meant body creates a record on " + route.path());
    }

    /** A well-meant body that got past validation for an id that does not exist; each role's answer to it. */
    private String bodyReachingTheRecord(CommandRoute route, String missing, Map<String, Api.Response> answers) {
        for (String body : wellMeantBodies(route)) {
            answers.clear();
            for (String user : HostilePayloads.SENDERS) {
                answers.put(user, post(route, missing, body, user));
            }
            if (answers.values().stream().anyMatch(answer -> !BEFORE_THE_RECORD.contains(answer.status()))) {
                return body;
            }
        }
        return null;
    }

    /** The first account, of those with a role on every record, that the creating route admits. */
    private static String creator(CommandRoute route) {
        for (ActorRole role : List.of(ActorRole.CLERK, ActorRole.ADMIN, ActorRole.DEPUTY, ActorRole.UNIT)) {
            if (route.access().admits(role)) {
                return role.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        throw new IllegalStateException("no account may send " + route.path());
    }

    private List<String> wellMeantBodies(CommandRoute route) {
        List<String> bodies = new ArrayList<>();
        qt().withFixedSeed(route.path().hashCode()).withExamples(BODIES_TO_TRY)
                .forAll(payloads.wellMeant(route)).checkAssert(bodies::add);
        return bodies;
    }

    private Api.Response post(CommandRoute route, String id, String body, String user) {
        return session(user).post("/api/" + route.collection() + "/" + id + "/" + route.action(), user, PASSWORD,
                body);
    }

    /** The same status, problem type and title, and the same detail but for the id it names. */
    private static boolean sameAnswer(Api.Response answer, String id, Api.Response expected, String expectedId) {
        if (answer.status() != expected.status()) {
            return false;
        }
        JsonNode problem = answer.json();
        JsonNode expectedProblem = expected.json();
        if (problem == null || expectedProblem == null) {
            return problem == expectedProblem;
        }
        return problem.path("type").equals(expectedProblem.path("type"))
                && problem.path("title").equals(expectedProblem.path("title"))
                && problem.path("detail").asText().replace(id, "{id}")
                .equals(expectedProblem.path("detail").asText().replace(expectedId, "{id}"));
    }

    private static String idField(CommandRoute route) {
        for (var component : route.commandType().getRecordComponents()) {
            try {
                if (route.commandType().getDeclaredField(component.getName()).isAnnotationPresent(
                        org.axonframework.modelling.command.TargetAggregateIdentifier.class)) {
                    return component.getName();
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(route.commandType() + " names no target");
    }

    private static String describe(CommandRoute route, Map.Entry<String, String> record, String user) {
        return "POST /api/" + route.collection() + "/{" + record.getKey() + " " + record.getValue() + "}/"
                + route.action() + " as " + user;
    }

    private static Map<String, Integer> statuses(Map<String, Api.Response> answers) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        answers.forEach((user, answer) -> statuses.put(user, answer.status()));
        return statuses;
    }

    /** One client per account keeps its session, so the password is checked once rather than on every request. */
    private Api session(String user) {
        return sessions.computeIfAbsent(user, ignored -> new Api(port, true));
    }

    /** Events written by requests; overdue events raised by deadlines in the meantime do not count. */
    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%Overdue'")
                .query(Long.class).single();
    }
}
