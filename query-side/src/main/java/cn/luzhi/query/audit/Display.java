package cn.luzhi.query.audit;

import cn.luzhi.events.common.Labelled;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.query.common.ChinaTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How a state value reads in the audit trail: Chinese labels for enums, Beijing time for instants, lists joined
 * with 「、」. Before/after comparisons use these texts too, so a change means a change the auditor can see.
 */
final class Display {

    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    private Display() {
    }

    /** The text of {@code value}, or null for no value (nothing set yet, or an empty list). */
    static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof HandlingResult result) {
            return result.code() + "类（" + result.label() + "）";
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof Instant instant) {
            return BEIJING.format(instant);
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? null : items.stream().map(Display::of).collect(Collectors.joining("、"));
        }
        return value.toString();
    }
}
