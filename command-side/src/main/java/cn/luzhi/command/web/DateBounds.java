package cn.luzhi.command.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Refuses dates no case can have. ISO-8601 admits years up to 999,999,999, but PostgreSQL's timestamps (the
 * durable deadlines) end in the year 294,276, and deadline arithmetic on such dates overflows: a reply due in the
 * year 999,999,999 was a server error. Applies to every date and time in every command, nested ones included, so
 * that a new command needs nothing of its own.
 */
final class DateBounds {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    private static final String MESSAGE = "日期超出可接受的范围（1900-01-01 至 2999-12-31）";

    private DateBounds() {
    }

    /** Throws {@link InvalidCommand} naming the first date, as a JSON path, outside the bounds. */
    static void check(Object command) {
        check(command, "", 0);
    }

    private static void check(Object value, String path, int depth) {
        if (value == null || depth > 16) {
            return;
        }
        LocalDate date = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).toLocalDate()
                : value instanceof LocalDate local ? local
                : value instanceof LocalDateTime local ? local.toLocalDate() : null;
        if (date != null) {
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new InvalidCommand(path, MESSAGE);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
