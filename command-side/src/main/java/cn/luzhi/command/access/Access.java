package cn.luzhi.command.access;

import cn.luzhi.events.common.ActorRole;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may send one command (docs/roles.md). A role is either admitted for every case, or only for the cases
 * an {@link Ownership} condition says are its own. Roles not named are refused with 403 before anything is
 * read from the request body.
 *
 * @param anyCase roles that may send the command on any case
 * @param ownCase roles that may send it only where their condition holds
 */
public record Access(Set<ActorRole> anyCase, Map<ActorRole, Ownership> ownCase) {

    public Access {
        anyCase = Collections.unmodifiableSet(anyCase.isEmpty() ? EnumSet.noneOf(ActorRole.class) : EnumSet.copyOf(anyCase));
        ownCase = Collections.unmodifiableMap(ownCase.isEmpty() ? new EnumMap<>(ActorRole.class) : new EnumMap<>(ownCase));
    }

    /** The command is open to these roles on every case. */
    public static Access by(ActorRole... roles) {
        return new Access(Set.copyOf(Arrays.asList(roles)), Map.of());
    }

    /** And to {@code role}, where {@code condition} says the case is the caller's own. */
    public Access andOwn(ActorRole role, Ownership condition) {
        EnumMap<ActorRole, Ownership> more = ownCase.isEmpty() ? new EnumMap<>(ActorRole.class) : new EnumMap<>(ownCase);
        more.put(role, condition);
        return new Access(anyCase, more);
    }

    public boolean admits(ActorRole role) {
        return anyCase.contains(role) || ownCase.containsKey(role);
    }

    /** The condition the role must meet on the case, empty when it may act on any case. */
    public Optional<Ownership> conditionFor(ActorRole role) {
        return anyCase.contains(role) ? Optional.empty() : Optional.ofNullable(ownCase.get(role));
    }
}
