package cn.luzhi.query.audit;

import cn.luzhi.events.common.Labelled;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.reference.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a state value reads in the audit trail: Chinese labels for enums, Beijing time for instants, lists joined
 * with 「、」, a region, station, deputy or unit by its name and id (住建局（u-housing）) when its name is known.
 * Before/after comparisons use these texts too, so a change means a change the auditor can see.
 */
final class Display {

    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    static final Names NO_NAMES = new Names(Map.of(), Map.of(), Map.of(), Map.of());

    private Display() {
    }

    private static String named(String name, String id) {
        return name == null ? id : name + "（" + id + "）";
    }

    /** The text of {@code value}, ids without names, or null for no value (nothing set yet, or an empty list). */
    static String of(Object value) {
        return of(value, NO_NAMES);
    }

    /** The text of {@code value} with the names in {@code names}, or null for no value. */
    static String of(Object value, Names names) {
        if (value == null) {
            return null;
        }
        if (value instanceof RegionId id) {
            return named(names.region(id.value()), id.value());
        }
        if (value instanceof StationId id) {
            return named(names.station(id.value()), id.value());
        }
        if (value instanceof DeputyId id) {
            return named(names.deputy(id.value()), id.value());
        }
        if (value instanceof HandlingUnitId id) {
            return named(names.unit(id.value()), id.value());
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
            return items.isEmpty() ? null
                    : items.stream().map(item -> of(item, names)).collect(Collectors.joining("、"));
        }
        return value.toString();
    }
}
