package cn.luzhi.command.common;

import cn.luzhi.events.common.Refusal;
import java.util.Optional;

/**
 * A command the rules do not allow now. The message is shown to the user as it is, so it is written in
 * Chinese for a clerk: what cannot be done and why. The API answers 409 Conflict.
 */
public class CommandRefused extends RuntimeException {

    private final String field;

    private CommandRefused(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The case is in a state where the act is not allowed. */
    public static CommandRefused because(String message) {
        return new CommandRefused(null, message);
    }

    /** One field of the command breaks a business rule (for example more choices than the ballot allows). */
    public static CommandRefused becauseOf(String field, String message) {
        return new CommandRefused(field, message);
    }

    /** Throws a lifecycle's refusal, if it gave one: the aggregates guard with their case type's lifecycle. */
    public static void throwIf(Optional<Refusal> refusal) {
        refusal.ifPresent(why -> {
            throw why.field() == null ? because(why.reason()) : becauseOf(why.field(), why.reason());
        });
    }

    /** The command field at fault, or null when the refusal is about the case's state. */
    public String field() {
        return field;
    }
}
