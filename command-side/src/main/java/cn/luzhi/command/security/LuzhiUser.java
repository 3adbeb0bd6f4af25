package cn.luzhi.command.security;

import cn.luzhi.events.common.ActorRole;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An authenticated member of staff: who an event's metadata names as its actor, and what the account is linked
 * to (docs/roles.md): its deputy (DEPUTY), its handling unit (UNIT) or the region it watches (SUPERVISOR, LEADER).
 * Links a role does not use are null. An account that logged in with a one-time password
 * ({@code mustChangePassword}) may do nothing but choose its own ({@link PasswordChangeGate}).
 */
public record LuzhiUser(String username, String passwordHash, String displayName, ActorRole role, boolean enabled,
                        String deputyId, String unitId, String regionId, boolean mustChangePassword)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same account once its holder has chosen their own password. */
    public LuzhiUser withPasswordChanged(String newHash) {
        return new LuzhiUser(username, newHash, displayName, role, enabled, deputyId, unitId, regionId, false);
    }

    @Override
    public String toString() {
        return "LuzhiUser[" + username + ", " + role + "]";
    }
}
