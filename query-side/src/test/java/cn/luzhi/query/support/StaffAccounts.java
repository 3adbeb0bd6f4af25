package cn.luzhi.query.support;

import cn.luzhi.events.common.ActorRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The command side's {@code app_user} table, created here for the query side's tests, with one enabled account
 * per role named after it in lower case ({@code leader}, {@code unit}, ...), all with {@link #PASSWORD}, linked like
 * the command side's demo accounts (docs/roles.md).
 */
public final class StaffAccounts {

    public static final String PASSWORD = "test-password";
    /** The deputy account {@code deputy} is linked to. */
    public static final String DEPUTY_ID = "d-1";
    /** The handling unit account {@code unit} answers for. */
    public static final String UNIT_ID = "u-water";
    /** The region accounts {@code supervisor} and {@code leader} watch: the whole test district. */
    public static final String REGION_ID = "150102";

    private StaffAccounts() {
    }

    public static void create(DataSource dataSource) {
        // The cheapest bcrypt cost: checking a hash costs what its own cost says, and the tests send thousands of
        // Basic-authenticated requests. The application's hashes keep bcrypt's default cost.
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS app_user (
                            username      VARCHAR(64)  NOT NULL PRIMARY KEY,
                            password_hash VARCHAR(100) NOT NULL,
                            display_name  VARCHAR(100) NOT NULL,
                            role          VARCHAR(20)  NOT NULL,
                            enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
                            demo          BOOLEAN      NOT NULL DEFAULT FALSE,
                            deputy_id     VARCHAR(64),
                            unit_id       VARCHAR(64),
                            region_id     VARCHAR(64))""");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO app_user (username, password_hash, display_name, role, deputy_id, unit_id, region_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (username) DO NOTHING""")) {
                for (ActorRole role : ActorRole.values()) {
                    insert.setString(1, role.name().toLowerCase());
                    insert.setString(2, "{bcrypt}" + bcrypt.encode(PASSWORD));
                    insert.setString(3, "测试" + role.label());
                    insert.setString(4, role.name());
                    insert.setString(5, role == ActorRole.DEPUTY ? DEPUTY_ID : null);
                    insert.setString(6, role == ActorRole.UNIT ? UNIT_ID : null);
                    insert.setString(7, role == ActorRole.SUPERVISOR || role == ActorRole.LEADER ? REGION_ID : null);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the staff accounts", e);
        }
    }
}
