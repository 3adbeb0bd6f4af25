package cn.luzhi.query.audit;

import cn.luzhi.query.reference.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The state of one case at one point of its history: an ordered set of labelled fields, each with a value or
 * none. Immutable, so a history can keep the state before and after every event and compare them.
 */
public final class CaseState {

    /** A field and how its value reads. */
    public record FieldValue(String field, String label, String value) {
    }

    /** A field an event changed: its text before and after the event (null for no value). */
    public record FieldChange(String field, String label, String before, String after) {
    }

    private final List<StateField> fields;
    private final Map<StateField, Object> values;
    /** The case type's lifecycle state the shown fields were read from; null for a fold without one. */
    private final Object lifecycle;

    private CaseState(List<StateField> fields, Map<StateField, Object> values, Object lifecycle) {
        this.fields = fields;
        this.values = values;
        this.lifecycle = lifecycle;
    }

    /** The state before the case's first event: every field without a value. */
    static CaseState empty(List<StateField> fields) {
        return new CaseState(List.copyOf(fields), Map.of(), null);
    }

    /** The lifecycle state kept beside the shown fields, or {@code initial} before the first event. */
    <T> T lifecycle(Class<T> type, T initial) {
        return lifecycle == null ? initial : type.cast(lifecycle);
    }

    /** This state keeping {@code state}, the lifecycle's state after the same event. */
    CaseState withLifecycle(Object state) {
        return new CaseState(fields, values, state);
    }

    /** This state with {@code field} set to {@code value} (null clears it); collections are copied. */
    CaseState with(StateField field, Object value) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("Not a field of this case type: " + field);
        }
        Map<StateField, Object> next = new HashMap<>(values);
        next.put(field, value instanceof Collection<?> items ? List.copyOf(items) : value);
        return new CaseState(fields, Collections.unmodifiableMap(next), lifecycle);
    }

    Object get(StateField field) {
        return values.get(field);
    }

    /** This state with the counter {@code field} one higher (a counter without a value counts as 0). */
    CaseState plusOne(StateField field) {
        Object count = values.get(field);
        return with(field, count == null ? 1 : (Integer) count + 1);
    }

    /** This state with {@code item} added to the list {@code field}, unless the list holds it already. */
    CaseState adding(StateField field, Object item) {
        List<Object> items = list(field);
        if (!items.contains(item)) {
            items.add(item);
        }
        return with(field, items);
    }

    /** This state with {@code item} taken out of the list {@code field}. */
    CaseState removing(StateField field, Object item) {
        List<Object> items = list(field);
        items.remove(item);
        return with(field, items);
    }

    private List<Object> list(StateField field) {
        Object current = values.get(field);
        return current == null ? new ArrayList<>() : new ArrayList<>((Collection<?>) current);
    }

    /** Every value this state holds, the items of lists one by one. */
    Stream<Object> items() {
        return values.values().stream()
                .flatMap(value -> value instanceof Collection<?> list ? list.stream().map(Object.class::cast)
                        : Stream.of(value));
    }

    /** The text of a field's value, or null. */
    public String text(String fieldKey) {
        StateField field = fields.stream().filter(candidate -> candidate.key().equals(fieldKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + fieldKey));
        return Display.of(values.get(field));
    }

    /** Every field in order, with its value as text. */
    public List<FieldValue> values() {
        return values(Display.NO_NAMES);
    }

    /** Every field in order, with its value as text naming the reference data in {@code names}. */
    public List<FieldValue> values(Names names) {
        return fields.stream().map(field -> new FieldValue(field.key(), field.label(),
                Display.of(values.get(field), names))).toList();
    }

    /** The fields whose text differs between {@code before} and this state, in field order. */
    public List<FieldChange> changesSince(CaseState before) {
        return changesSince(before, Display.NO_NAMES);
    }

    /** {@link #changesSince(CaseState)}, the texts naming the reference data in {@code names}. */
    public List<FieldChange> changesSince(CaseState before, Names names) {
        List<FieldChange> changes = new ArrayList<>();
        for (StateField field : fields) {
            String was = Display.of(before.values.get(field), names);
            String is = Display.of(values.get(field), names);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field.key(), field.label(), was, is));
            }
        }
        return changes;
    }
}
