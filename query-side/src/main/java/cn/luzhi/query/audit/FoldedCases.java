package cn.luzhi.query.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A case's state folded from its own events by the audit history's folds, for the reconciliation check to hold a
 * read-model row against: the same folds the auditors read, not another computation of a case's state.
 */
@Component
public class FoldedCases {

    private final CaseEvents events;

    FoldedCases(CaseEvents events) {
        this.events = events;
    }

    /**
     * A case's state after its events up to a global index.
     *
     * @param caseType the case type ({@code CaseType} name)
     * @param applied  how many of its events were folded
     * @param fields   every field of the state by key ({@code status}, {@code regionId}), as plain text: an enum
     *                 by its name, an id by its value, a number in digits; null for no value
     */
    public record FoldedCase(String caseType, int applied, Map<String, String> fields) {

        /** Whether the state has a field of that key (with or without a value). */
        public boolean has(String field) {
            return fields.containsKey(field);
        }
    }

    /** The state of case {@code caseId} after its events at or below {@code globalIndex}; empty if not a case. */
    public Optional<FoldedCase> upTo(String caseId, long globalIndex) {
        List<RecordedEvent> stream = events.of(caseId);
        Optional<CaseFold> found = CaseHistory.FOLDS.stream()
                .filter(fold -> !stream.isEmpty() && fold.opens(stream.get(0).payload()))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseFold fold = found.get();
        CaseState state = fold.initial();
        int applied = 0;
        for (RecordedEvent event : stream) {
            if (event.globalIndex() > globalIndex) {
                break;
            }
            state = fold.apply(state, event.payload());
            applied++;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (StateField field : fold.fields()) {
            fields.put(field.key(), plain(state.get(field)));
        }
        return Optional.of(new FoldedCase(fold.caseType().name(), applied, fields));
    }

    /** The state field a read-model column holds: {@code region_id} holds {@code regionId}. */
    public static String fieldOf(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    /** The text a read-model column holds for {@code value}; lists and other composite values read as such. */
    static String plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        // Typed ids read as their value (RegionId.toString() is Axon's aggregate identifier), numbers in digits.
        return value.toString();
    }
}
