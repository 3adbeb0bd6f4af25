package cn.luzhi.command.web;

import java.util.List;

/** A request that cannot become a command: malformed JSON, a wrong type, a missing or oversized field. */
public class InvalidCommand extends RuntimeException {

    /** One field at fault, as a JSON path ({@code petitioner.phone}, {@code unitIds[0]}), and why, in Chinese. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidCommand(List<FieldError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidCommand(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** The Bean Validation violations of a request, by field path in alphabetical order; empty: nothing thrown. */
    public static void throwIfAny(java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList());
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
