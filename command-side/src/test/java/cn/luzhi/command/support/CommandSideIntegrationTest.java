package cn.luzhi.command.support;

import cn.luzhi.command.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the command side's integration tests: the whole application over real PostgreSQL, on a random port. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=command-side", "luzhi.accounts.demo-enabled=true",
                "luzhi.accounts.demo-password=test-password", "luzhi.scheduler.polling-interval=200ms"})
public abstract class CommandSideIntegrationTest {

    protected static final String PASSWORD = "test-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
    }
}
