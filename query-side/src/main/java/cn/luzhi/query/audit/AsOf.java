package cn.luzhi.query.audit;

import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * The point of a case's history whose state is asked for: a moment ({@code at}), a global position
 * ({@code position}), or the present when neither is given. The point is inclusive: the event at that moment or
 * position is applied.
 */
final class AsOf {

    private final Predicate<RecordedEvent> includes;

    private AsOf(Predicate<RecordedEvent> includes) {
        this.includes = includes;
    }

    /**
     * Reads the query parameters. {@code at} is an ISO-8601 instant or date-time with offset, a local date-time
     * in Beijing time, or a date (the end of that Beijing day); {@code position} a global index of 0 or more.
     */
    static AsOf parse(String at, String position) {
        boolean hasAt = at != null && !at.isBlank();
        boolean hasPosition = position != null && !position.isBlank();
        if (hasAt && hasPosition) {
            throw new InvalidQuery("position", "at 与 position 只能给出其中一个");
        }
        if (hasAt) {
            return atMoment(at.strip());
        }
        if (hasPosition) {
            return atPosition(position.strip());
        }
        return new AsOf(event -> true);
    }

    private static AsOf atMoment(String text) {
        try {
            Instant moment = ChinaTime.supported("at", OffsetDateTime.parse(text)).toInstant();
            return new AsOf(event -> !event.at().isAfter(moment));
        } catch (DateTimeParseException notWithOffset) {
            // Try the forms without an offset below.
        }
        try {
            Instant moment = ChinaTime.supported("at", LocalDateTime.parse(text)).atZone(ChinaTime.ZONE).toInstant();
            return new AsOf(event -> !event.at().isAfter(moment));
        } catch (DateTimeParseException notLocal) {
            // Try a date below.
        }
        try {
            Instant nextDay = ChinaTime.endOf(ChinaTime.supported("at", LocalDate.parse(text)));
            return new AsOf(event -> event.at().isBefore(nextDay));
        } catch (DateTimeParseException notADate) {
            throw new InvalidQuery("at", "at 不是有效的时间：「" + text
                    + "」，应为 ISO-8601 时间（如 2026-03-05T10:00:00+08:00 或北京时间 2026-03-05T10:00:00）");
        }
    }

    private static AsOf atPosition(String text) {
        long position;
        try {
            position = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidQuery("position", "position 必须是整数（事件的全局序号）：「" + text + "」");
        }
        if (position < 0) {
            throw new InvalidQuery("position", "position 不能为负数");
        }
        return new AsOf(event -> event.globalIndex() <= position);
    }

    /** Whether {@code event} happened by this point. */
    boolean includes(RecordedEvent event) {
        return includes.test(event);
    }
}
