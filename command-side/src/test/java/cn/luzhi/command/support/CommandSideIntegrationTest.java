package cn.luzhi.command.support;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.command.CommandSideApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the command side's integration tests: the whole application over real PostgreSQL, on a random port,
 * with an HTTP client for it and the {@link ReferenceData} its cases point to.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=command-side", "luzhi.accounts.demo-enabled=true",
                "luzhi.accounts.demo-password=test-password", "luzhi.scheduler.polling-interval=200ms"})
public abstract class CommandSideIntegrationTest {

    protected static final String PASSWORD = "test-password";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected Api api;

    @BeforeEach
    void connectWithReferenceData() {
        api = new Api(port);
        ReferenceData.ensure(api, PASSWORD);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
    }
}
