package cn.luzhi.query.audit;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.CaseActions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Which events an audit log search selects; every criterion is optional.
 *
 * @param actor     the acting user's id or, when no event has that id, display name
 * @param role      the acting user's role
 * @param caseType  what the event is about
 * @param action    the event type (its simple name, e.g. {@code PetitionSubmitted})
 * @param regionId  the case's region or any region below it
 * @param from      happened at or after this instant
 * @param toBefore  happened before this instant
 * @param newest    newest first (by global index), or oldest first
 */
public record AuditLogFilter(String actor, ActorRole role, AuditLogCaseType caseType, String action,
                             String regionId, Instant from, Instant toBefore, boolean newest) {

    /** Ids are letters, digits, '_' and '-' (Ids.requireValid); the region filter accepts nothing else. */
    private static final Pattern REGION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_ACTOR_LENGTH = 255;

    /**
     * Reads the query parameters as the API receives them. {@code from} and {@code to} are Beijing dates
     * ({@code 2026-11-22}: the whole day) or times ({@code 2026-11-22T10:15}, {@code 2026-11-22T10:15:30}: up to
     * and including that minute or second).
     *
     * @throws InvalidQuery naming the parameter, in Chinese, when one is not understood
     */
    public static AuditLogFilter parse(String actor, String role, String caseType, String action, String regionId,
                                       String from, String to, String order) {
        String actorOrNull = blankToNull(actor);
        if (actorOrNull != null && actorOrNull.length() > MAX_ACTOR_LENGTH) {
            throw new InvalidQuery("actor", "操作人不能超过" + MAX_ACTOR_LENGTH + "个字符");
        }
        String regionOrNull = blankToNull(regionId);
        if (regionOrNull != null && !REGION_ID.matcher(regionOrNull).matches()) {
            throw new InvalidQuery("regionId", "区域编号「" + regionOrNull + "」格式不正确");
        }
        String actionOrNull = blankToNull(action);
        if (actionOrNull != null && CaseActions.eventTypes().stream()
                .noneMatch(type -> type.getSimpleName().equals(actionOrNull))) {
            throw new InvalidQuery("action", "未知的操作「" + actionOrNull + "」");
        }
        Instant fromInstant = start("from", blankToNull(from));
        Instant toBefore = end("to", blankToNull(to));
        if (fromInstant != null && toBefore != null && !fromInstant.isBefore(toBefore)) {
            throw new InvalidQuery("from", "开始时间「" + from + "」晚于结束时间「" + to + "」");
        }
        return new AuditLogFilter(actorOrNull, role(blankToNull(role)), caseType(blankToNull(caseType)),
                actionOrNull, regionOrNull, fromInstant, toBefore, newest(blankToNull(order)));
    }

    private static ActorRole role(String role) {
        if (role == null) {
            return null;
        }
        return Arrays.stream(ActorRole.values()).filter(known -> known.name().equals(role)).findFirst()
                .orElseThrow(() -> new InvalidQuery("role", "未知的角色「" + role + "」"));
    }

    private static AuditLogCaseType caseType(String caseType) {
        if (caseType == null) {
            return null;
        }
        return Arrays.stream(AuditLogCaseType.values()).filter(known -> known.name().equals(caseType)).findFirst()
                .orElseThrow(() -> new InvalidQuery("caseType", "未知的案件类型「" + caseType + "」"));
    }

    private static boolean newest(String order) {
        if (order == null || order.equals("newest")) {
            return true;
        }
        if (order.equals("oldest")) {
            return false;
        }
        throw new InvalidQuery("order", "排序方式只能是 newest（最新在前）或 oldest（最早在前）");
    }

    private static Instant start(String parameter, String value) {
        if (value == null) {
            return null;
        }
        return value.contains("T")
                ? time(parameter, value).atZone(ChinaTime.ZONE).toInstant()
                : ChinaTime.startOf(date(parameter, value));
    }

    private static Instant end(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (!value.contains("T")) {
            return ChinaTime.endOf(date(parameter, value));
        }
        LocalDateTime time = time(parameter, value);
        // "10:15" means the whole minute, "10:15:30" that second.
        ChronoUnit precision = value.length() <= "2026-11-22T10:15".length() ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
        return time.truncatedTo(precision).plus(1, precision).atZone(ChinaTime.ZONE).toInstant();
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return ChinaTime.supported(parameter, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw badTime(parameter, value);
        }
    }

    private static LocalDateTime time(String parameter, String value) {
        try {
            return ChinaTime.supported(parameter, LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw badTime(parameter, value);
        }
    }

    private static InvalidQuery badTime(String parameter, String value) {
        return new InvalidQuery(parameter, (parameter.equals("from") ? "开始时间" : "结束时间") + "「" + value
                + "」格式不正确，应为 2026-11-22 或 2026-11-22T10:15");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
