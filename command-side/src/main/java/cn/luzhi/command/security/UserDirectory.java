package cn.luzhi.command.security;

import cn.luzhi.events.common.ActorRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Staff accounts in PostgreSQL ({@code app_user}), shared by every node. */
@Repository
public class UserDirectory implements UserDetailsService {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LuzhiUser loadUserByUsername(String username) {
        return jdbc.sql("""
                        SELECT username, password_hash, display_name, role, enabled, deputy_id, unit_id, region_id
                          FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, row) -> new LuzhiUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        ActorRole.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("未知用户"));
    }

    /**
     * Creates the account or, when it exists, resets its password, name, role and link and enables it.
     *
     * @param linkId what the role is linked to (docs/roles.md): the deputy id of a DEPUTY, the handling unit id
     *               of a UNIT, the region id of a SUPERVISOR or LEADER; ignored (stored as none) for other roles
     */
    public void save(String username, String passwordHash, String displayName, ActorRole role, boolean demo,
                     String linkId) {
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, demo, deputy_id, unit_id,
                                              region_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (username) DO UPDATE
                           SET password_hash = excluded.password_hash, display_name = excluded.display_name,
                               role = excluded.role, demo = excluded.demo, enabled = TRUE,
                               deputy_id = excluded.deputy_id, unit_id = excluded.unit_id,
                               region_id = excluded.region_id""")
                .params(username, passwordHash, displayName, role.name(), demo,
                        role == ActorRole.DEPUTY ? linkId : null,
                        role == ActorRole.UNIT ? linkId : null,
                        role == ActorRole.SUPERVISOR || role == ActorRole.LEADER ? linkId : null)
                .update();
    }

    public boolean anyEnabledWithRole(ActorRole role) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = ? AND enabled")
                .param(role.name()).query(Long.class).single() > 0;
    }

    /** Demo accounts exist only while demo data is on. */
    public int disableDemoAccounts() {
        return jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE demo AND enabled").update();
    }
}
