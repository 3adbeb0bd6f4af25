package cn.luzhi.command.security;

import cn.luzhi.events.common.ActorRole;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/**
 * Staff accounts in PostgreSQL ({@code app_user}), shared by every node: the login table. Administered accounts
 * are written here by their aggregate's handlers, in the same transaction as the account's events.
 */
@Repository
public class UserDirectory implements UserDetailsService {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LuzhiUser loadUserByUsername(String username) {
        return jdbc.sql("""
                        SELECT username, password_hash, display_name, role, enabled, deputy_id, unit_id, region_id,
                               must_change_password
                          FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, row) -> new LuzhiUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        ActorRole.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getBoolean(9)))
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
                               region_id = excluded.region_id, must_change_password = FALSE""")
                .params(username, passwordHash, displayName, role.name(), demo,
                        linkOf(role, ActorRole.DEPUTY, linkId), linkOf(role, ActorRole.UNIT, linkId),
                        regionLinkOf(role, linkId))
                .update();
    }

    /** A new administered account, which must replace its one-time password at the first login. */
    public void create(String username, String oneTimeHash, String displayName, ActorRole role, String linkId) {
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, deputy_id, unit_id, region_id,
                                              must_change_password)
                        VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)""")
                .params(username, oneTimeHash, displayName, role.name(), linkOf(role, ActorRole.DEPUTY, linkId),
                        linkOf(role, ActorRole.UNIT, linkId), regionLinkOf(role, linkId))
                .update();
    }

    /** A new password hash; {@code mustChange} for a one-time password its holder must replace. */
    public void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                        UPDATE app_user SET password_hash = ?, must_change_password = ?, password_changed_at = now()
                         WHERE username = ?""")
                .params(passwordHash, mustChange, username).update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    public void setRole(String username, ActorRole role, String linkId) {
        jdbc.sql("UPDATE app_user SET role = ?, deputy_id = ?, unit_id = ?, region_id = ? WHERE username = ?")
                .params(role.name(), linkOf(role, ActorRole.DEPUTY, linkId), linkOf(role, ActorRole.UNIT, linkId),
                        regionLinkOf(role, linkId), username)
                .update();
    }

    /**
     * Ends the account's sessions on every node: they live in the shared session table, so the next request of a
     * browser logged in as this account, on whichever node, finds no session and must log in again.
     */
    public int endSessions(String username) {
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();
    }

    /** Lifts a running lock of the account name and forgets its failed logins; false when it was not locked. */
    public boolean releaseLockout(String username) {
        int released = jdbc.sql("""
                        DELETE FROM login_lockout WHERE kind = 'ACCOUNT' AND subject = ? AND locked_until > now()""")
                .param(username).update();
        jdbc.sql("DELETE FROM login_failure WHERE kind = 'ACCOUNT' AND subject = ?").param(username).update();
        return released > 0;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public boolean anyEnabledWithRole(ActorRole role) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = ? AND enabled")
                .param(role.name()).query(Long.class).single() > 0;
    }

    /** Demo accounts exist only while demo data is on. */
    public int disableDemoAccounts() {
        return jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE demo AND enabled").update();
    }

    /**
     * Accounts as the administration page lists them, never with their hashes.
     *
     * @param text   part of the login or display name, or null for any
     * @param role   the role, or null for any
     * @param linkId the deputy, unit or region the account is linked to, or null for any
     */
    public List<Listed> list(String text, ActorRole role, String linkId) {
        return jdbc.sql("""
                        SELECT u.username, u.display_name, u.role, u.enabled, u.demo, u.deputy_id, u.unit_id,
                               u.region_id, u.must_change_password, u.created_at, l.locked_until,
                               (SELECT max(e.sequence_number) FROM domain_event_entry e
                                 WHERE e.aggregate_identifier = u.username AND e.type = 'Account') AS version
                          FROM app_user u
                          LEFT JOIN login_lockout l
                            ON l.kind = 'ACCOUNT' AND l.subject = u.username AND l.locked_until > now()
                         WHERE (CAST(:text AS TEXT) IS NULL
                                OR strpos(lower(u.username), lower(:text)) > 0
                                OR strpos(lower(u.display_name), lower(:text)) > 0)
                           AND (CAST(:role AS TEXT) IS NULL OR u.role = :role)
                           AND (CAST(:link AS TEXT) IS NULL OR :link IN (u.deputy_id, u.unit_id, u.region_id))
                         ORDER BY u.username""")
                .param("text", text)
                .param("role", role == null ? null : role.name())
                .param("link", linkId)
                .query((rs, row) -> new Listed(rs.getString(1), rs.getString(2), ActorRole.valueOf(rs.getString(3)),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBoolean(9), rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
                        rs.getObject(12) == null ? null : rs.getLong(12)))
                .list();
    }

    /**
     * One account of {@link #list}; {@code lockedUntil} is null when the account name is not locked, {@code version}
     * (the account's trail, for {@code If-Match}) when it has no trail: a demo account, set up outside it.
     */
    public record Listed(String username, String displayName, ActorRole role, boolean enabled, boolean demo,
                         String deputyId, String unitId, String regionId, boolean mustChangePassword,
                         Instant createdAt, Instant lockedUntil, Long version) {
    }

    private static String linkOf(ActorRole role, ActorRole linkedRole, String linkId) {
        return role == linkedRole ? linkId : null;
    }

    private static String regionLinkOf(ActorRole role, String linkId) {
        return role == ActorRole.SUPERVISOR || role == ActorRole.LEADER ? linkId : null;
    }
}
