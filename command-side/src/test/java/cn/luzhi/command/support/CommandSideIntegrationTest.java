package cn.luzhi.command.support;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.command.CommandSideApplication;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the command side's integration tests: the whole application over real PostgreSQL, on a random port,
 * with an HTTP client for it and the {@link ReferenceData} its cases point to.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=command-side", "luzhi.accounts.demo-enabled=true",
                "luzhi.accounts.demo-password=test-password", "luzhi.scheduler.polling-interval=200ms",
                "luzhi.accounts.demo-deputy-id=" + ReferenceData.LINKED_DEPUTY,
                "luzhi.accounts.demo-unit-id=" + ReferenceData.LINKED_UNIT,
                "luzhi.accounts.demo-region-id=" + ReferenceData.DISTRICT, CommandSideIntegrationTest.AUDIT_KEYS})
public abstract class CommandSideIntegrationTest {

    protected static final String PASSWORD = "test-password";
    /** Tamper-evidence keys for test nodes: one key file shared by every node a test starts. */
    public static final String AUDIT_KEYS = "luzhi.audit.key-file=target/test-audit-keys.properties";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected Api api;
    @Autowired
    private UserDirectory users;
    @Autowired
    private PasswordEncoder passwords;

    @BeforeEach
    void connectWithReferenceData() {
        api = new Api(port);
        ReferenceData.ensure(api, PASSWORD);
    }

    /** A staff account besides the demo ones, with {@link #PASSWORD}, linked to a deputy, unit or region. */
    protected void account(String username, ActorRole role, String linkId) {
        users.save(username, passwords.encode(PASSWORD), "测试" + role.label(), role, false, linkId);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
    }
}
