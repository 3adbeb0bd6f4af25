package cn.luzhi.query.security;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The logged-in reader as a {@link Viewer}, with the links the command side keeps in {@code app_user}. Read from the
 * table on every request, so a changed link applies at once on every node, whichever side authenticated the user.
 */
@Component
public class Viewers {

    private final JdbcClient jdbc;

    Viewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current request's reader; one who sees nothing when no account is logged in. */
    public Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? nobody() : of(authentication.getName());
    }

    /** The reader with account {@code username} (a WebSocket session's user, for instance). */
    public Viewer of(String username) {
        return jdbc.sql("""
                        SELECT role, deputy_id, unit_id, region_id FROM app_user WHERE username = ? AND enabled""")
                .param(username)
                .query((rs, row) -> new Viewer(username, ActorRole.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .optional()
                .orElseGet(Viewers::nobody);
    }

    private static Viewer nobody() {
        return new Viewer(null, ActorRole.CITIZEN, null, null, null);
    }
}
