package cn.luzhi.events.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the integration tests run against: the server named by {@code LUZHI_TEST_DB_URL} when set
 * (a fresh database is created there for this test run), otherwise an embedded PostgreSQL started once per
 * test JVM. Never H2, never an in-memory event store.
 */
public final class TestDatabase {

    private static String jdbcUrl;
    private static String username;
    private static String serverUrl;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (jdbcUrl == null) {
            start();
        }
        return jdbcUrl;
    }

    public static synchronized String username() {
        url();
        return username;
    }

    /**
     * A further empty database on the same server, for a test that must be the only one using its database
     * (no other test context's deadline scheduler may pick its deadlines).
     */
    public static synchronized String newDatabase() {
        url();
        try {
            return createFreshDatabase(serverUrl, username);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database", e);
        }
    }

    private static void start() {
        String external = System.getenv("LUZHI_TEST_DB_URL");
        try {
            if (external != null && !external.isBlank()) {
                username = System.getenv().getOrDefault("LUZHI_TEST_DB_USER", "postgres");
                serverUrl = external;
                jdbcUrl = createFreshDatabase(external, username);
            } else {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
                username = "postgres";
                serverUrl = postgres.getJdbcUrl("postgres", "postgres");
                jdbcUrl = createFreshDatabase(serverUrl, username);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the test database", e);
        }
    }

    private static String createFreshDatabase(String serverUrl, String user) throws SQLException {
        String name = "luzhi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabase(serverUrl, user, name)));
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + name + (query >= 0 ? serverUrl.substring(query) : "");
    }

    private static void dropDatabase(String serverUrl, String user, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
        }
    }
}
