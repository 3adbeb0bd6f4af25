package cn.luzhi.command.access;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The payloads of one case's events, in order, read from the event store only when a condition asks. */
public final class CaseHistory {

    private final Supplier<List<Object>> loader;
    private List<Object> events;

    public CaseHistory(Supplier<List<Object>> loader) {
        this.loader = loader;
    }

    public static CaseHistory none() {
        return new CaseHistory(List::of);
    }

    public List<Object> events() {
        if (events == null) {
            events = List.copyOf(loader.get());
        }
        return events;
    }

    public boolean isEmpty() {
        return events().isEmpty();
    }

    /** Every id the events of {@code type} name in {@code component} (a typed id or a list of them). */
    public Set<String> idsIn(Class<? extends Record> type, String component) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object event : events()) {
            if (type.isInstance(event)) {
                collect(valueOf(event, component), ids);
            }
        }
        return ids;
    }

    /** A typed id ({@code DeputyId}, ...) as its plain text, or every id of a collection of them. */
    static void collect(Object value, Set<String> into) {
        if (value instanceof Collection<?> many) {
            many.forEach(one -> collect(one, into));
        } else if (value != null) {
            into.add(value.toString());
        }
    }

    static Object valueOf(Object record, String component) {
        for (RecordComponent candidate : record.getClass().getRecordComponents()) {
            if (candidate.getName().equals(component)) {
                try {
                    return candidate.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
    }
}
