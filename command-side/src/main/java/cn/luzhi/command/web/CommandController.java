package cn.luzhi.command.web;

import static cn.luzhi.events.common.MetadataKeys.COMMAND_ID;

import cn.luzhi.command.access.CommandGuard;
import cn.luzhi.command.commandlog.CommandAccepted;
import cn.luzhi.command.commandlog.CommandAlreadyAccepted;
import cn.luzhi.command.commandlog.CommandHashes;
import cn.luzhi.command.commandlog.CommandLog;
import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.common.Ids;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command API: every route of every {@link CommandRoutes} bean. It reads the JSON body strictly into the
 * route's command record, validates it, and sends it once: a repeated {@code Idempotency-Key} gets the first
 * answer back and appends nothing.
 */
@Hidden
@RestController
class CommandController {

    private static final Pattern COMMAND_ID_FORMAT = Pattern.compile("[A-Za-z0-9_.:-]{8,64}");
    private static final String EXPECTED_VERSION = "expectedVersion";

    private final Map<String, CommandRoute> routes;
    private final JsonMapper json;
    private final Validator validator;
    private final CommandGateway commandGateway;
    private final CommandLog commandLog;
    private final JsonErrors jsonErrors;
    private final CommandGuard guard;
    private final RecordKinds recordKinds;

    CommandController(List<CommandRoutes> routeTables, JsonMapper springJson, Validator validator,
                      CommandGateway commandGateway, CommandLog commandLog, JsonErrors jsonErrors,
                      CommandGuard guard, RecordKinds recordKinds) {
        this.routes = routeTables.stream().flatMap(table -> table.routes().stream())
                .collect(Collectors.toMap(CommandController::key, Function.identity()));
        this.json = springJson.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
        this.validator = validator;
        this.commandGateway = commandGateway;
        this.commandLog = commandLog;
        this.jsonErrors = jsonErrors;
        this.guard = guard;
        this.recordKinds = recordKinds;
    }

    @PostMapping("/api/{collection}")
    ResponseEntity<CommandAccepted> create(@PathVariable String collection,
                                           @RequestBody JsonNode body,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String commandId) {
        CommandRoute route = route(collection, null);
        guard.admit(route.access(), route.summary());
        ObjectNode fields = asObject(body);
        String idField = componentAnnotated(route.commandType(), TargetAggregateIdentifier.class)
                .orElseThrow().getName();
        if (!fields.has(idField) || fields.get(idField).isNull()) {
            fields.put(idField, newAggregateId(commandId));
        }
        CommandAccepted accepted = send(route, fields, commandId, null);
        URI location = URI.create("/api/" + collection + "/" + accepted.aggregateId());
        return accepted.replayed() ? ResponseEntity.ok().location(location).body(accepted)
                : ResponseEntity.created(location).body(accepted);
    }

    @PostMapping("/api/{collection}/{id}/{action}")
    ResponseEntity<CommandAccepted> act(@PathVariable String collection, @PathVariable String id,
                                        @PathVariable String action,
                                        @RequestBody(required = false) JsonNode body,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String commandId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CommandRoute route = route(collection, action);
        guard.admit(route.access(), route.summary());
        ObjectNode fields = body == null ? json.createObjectNode() : asObject(body);
        String idField = componentAnnotated(route.commandType(), TargetAggregateIdentifier.class)
                .orElseThrow().getName();
        if (fields.has(idField)) {
            throw new InvalidCommand(idField, "编号已由请求路径给出，请求体中不应再包含此字段");
        }
        fields.put(idField, id);
        if (ifMatch != null && componentAnnotated(route.commandType(), TargetAggregateVersion.class).isPresent()) {
            if (fields.has(EXPECTED_VERSION)) {
                throw new InvalidCommand(EXPECTED_VERSION, "请只在 If-Match 请求头或请求体中之一给出期望版本");
            }
            fields.put(EXPECTED_VERSION, parseVersion(ifMatch));
        }
        CommandAccepted accepted = send(route, fields, commandId, id);
        // A result for the caller alone (a ballot paper code) must stay out of every cache between here and them,
        // whatever the filters in front of this controller add or leave out.
        return accepted.result() == null ? ResponseEntity.ok(accepted)
                : ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                        .body(accepted);
    }

    private CommandAccepted send(CommandRoute route, ObjectNode fields, String clientCommandId, String caseId) {
        Object command = toCommand(route, fields);
        guard.checkCase(route.access(), command, caseId, recordKinds.of(route));
        String commandId = commandIdOf(clientCommandId);
        Optional<CommandAccepted> earlier = earlierAnswer(commandId, command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            Object result = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(COMMAND_ID, commandId)));
            return CommandAccepted.of(commandId, commandLog.find(commandId).orElseThrow(), result);
        } catch (CommandAlreadyAccepted | DuplicateKeyException raced) {
            // Another request with the same command id committed meanwhile: answer as a retry would be answered.
            return earlierAnswer(commandId, command).orElseThrow(() -> raced);
        }
    }

    private Object toCommand(CommandRoute route, ObjectNode fields) {
        StorableText.check(fields);
        Object command;
        try {
            command = json.treeToValue(fields, route.commandType());
        } catch (DatabindException e) {
            throw jsonErrors.toInvalidCommand(e);
        } catch (JacksonException e) {
            throw new InvalidCommand("", "请求体不是有效的 JSON");
        }
        DateBounds.check(command);
        InvalidCommand.throwIfAny(validator.validate(command));
        return command;
    }

    private Optional<CommandAccepted> earlierAnswer(String commandId, Object command) {
        return commandLog.find(commandId).map(entry -> {
            if (!entry.commandType().equals(command.getClass().getName())
                    || !entry.payloadSha256().equals(CommandHashes.sha256(command))) {
                throw CommandRefused.becauseOf("Idempotency-Key", "该命令编号已用于另一条不同的命令，请为新命令使用新的编号");
            }
            return CommandAccepted.replayOf(commandId, entry);
        });
    }

    private CommandRoute route(String collection, String action) {
        CommandRoute route = routes.get(collection + "/" + action);
        if (route == null) {
            throw new UnknownRoute(collection, action);
        }
        return route;
    }

    private ObjectNode asObject(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidCommand("", "请求体必须是 JSON 对象");
        }
        return object;
    }

    private static String commandIdOf(String clientCommandId) {
        if (clientCommandId == null) {
            return Ids.newId();
        }
        if (!COMMAND_ID_FORMAT.matcher(clientCommandId).matches()) {
            throw new InvalidCommand("Idempotency-Key", "命令编号须为8至64位字母、数字或 _ . : -");
        }
        return clientCommandId;
    }

    /**
     * The id of a case the client did not name. Derived from the command id when there is one, so that a
     * retried creation is the same command and gets the first answer instead of creating a second case.
     */
    private static String newAggregateId(String clientCommandId) {
        return clientCommandId == null ? Ids.newId()
                : UUID.nameUUIDFromBytes(("luzhi:" + commandIdOf(clientCommandId)).getBytes(StandardCharsets.UTF_8))
                        .toString();
    }

    private static long parseVersion(String ifMatch) {
        String digits = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidCommand("If-Match", "If-Match 须为版本号，例如 \"3\"");
        }
    }

    private static Optional<RecordComponent> componentAnnotated(Class<?> commandType,
                                                                Class<? extends java.lang.annotation.Annotation> annotation) {
        for (RecordComponent component : commandType.getRecordComponents()) {
            try {
                if (commandType.getDeclaredField(component.getName()).isAnnotationPresent(annotation)) {
                    return Optional.of(component);
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private static String key(CommandRoute route) {
        return route.collection() + "/" + route.action();
    }

    /** No such collection or action. */
    static class UnknownRoute extends RuntimeException {

        UnknownRoute(String collection, String action) {
            super(action == null ? "没有名为「" + collection + "」的资源"
                    : "资源「" + collection + "」没有「" + action + "」操作", null, false, false);
        }
    }
}
