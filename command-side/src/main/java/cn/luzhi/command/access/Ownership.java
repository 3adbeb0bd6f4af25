package cn.luzhi.command.access;

import cn.luzhi.command.security.LuzhiUser;
import java.util.Optional;

/**
 * Whether a case is the caller's own, decided from the command and the case's events in the event store (never
 * from a read model). The answer is a refusal in Chinese, or empty when the caller may act. The command is null
 * when the question comes before any command (which actions may the caller take now?): a condition on the
 * command's own fields then assumes the caller fills them in their own name.
 */
@FunctionalInterface
public interface Ownership {

    Optional<String> refusal(LuzhiUser caller, Object command, CaseHistory history);

    /** Both conditions must hold; the first refusal is given. */
    default Ownership and(Ownership other) {
        return (caller, command, history) -> {
            Optional<String> first = refusal(caller, command, history);
            return first.isPresent() ? first : other.refusal(caller, command, history);
        };
    }

    /** Either condition suffices; when neither holds, the first refusal is given. */
    default Ownership or(Ownership other) {
        return (caller, command, history) -> {
            Optional<String> first = refusal(caller, command, history);
            return first.isEmpty() || other.refusal(caller, command, history).isEmpty() ? Optional.empty() : first;
        };
    }
}
