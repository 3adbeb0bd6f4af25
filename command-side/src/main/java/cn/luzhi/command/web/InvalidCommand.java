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

    public List<FieldError> errors() {
        return errors;
    }
}
