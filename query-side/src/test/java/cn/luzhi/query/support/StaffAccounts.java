package cn.luzhi.query.support;

import cn.luzhi.events.common.ActorRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The command side's {@code app_user} table, created here for the query side's tests, with one enabled account
 * per role named after it in lower case ({@code leader}, {@code unit}, ...), all with {@link #PASSWORD}.
 */
public final class StaffAccounts {

    public static final String PASSWORD = "test-password";

    private StaffAccounts() {
    }

    public static void create(DataSource dataSource) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS app_user (
                            username      VARCHAR(64)  NOT NULL PRIMARY KEY,
                            password_hash VARCHAR(100) NOT NULL,
                            display_name  VARCHAR(100) NOT NULL,
                            role          VARCHAR(20)  NOT NULL,
                            enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
                            demo          BOOLEAN      NOT NULL DEFAULT FALSE)""");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO app_user (username, password_hash, display_name, role) VALUES (?, ?, ?, ?)
                    ON CONFLICT (username) DO NOTHING""")) {
                for (ActorRole role : ActorRole.values()) {
                    insert.setString(1, role.name().toLowerCase());
                    insert.setString(2, encoder.encode(PASSWORD));
                    insert.setString(3, "测试" + role.label());
                    insert.setString(4, role.name());
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the staff accounts", e);
        }
    }
}
