package cn.luzhi.command.access;

import cn.luzhi.command.security.LuzhiUser;
import java.util.Optional;

/**
 * Whether a case is the caller's own, decided from the command and the case's events in the event store (never
 * from a read model). The answer is a refusal in Chinese, or empty when the caller may act.
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
}
