package cn.luzhi.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.CommandSideApplication;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new installation without demo data: {@code LUZHI_ADMIN_PASSWORD} opens the first administrator through the
 * account's aggregate, so the trail starts with the system's act, and the administrator logs in with that password
 * without being asked to change it.
 */
class FirstAdministratorIT {

    private static final String ADMIN_PASSWORD = "Erdos-Grassland-2026";

    @Test
    void shouldOpenTheFirstAdministratorWithATrail() {
        String database = TestDatabase.newDatabase();
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CommandSideApplication.class).run(
                "--spring.config.name=command-side", "--server.port=0", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.username(), "--spring.datasource.password=",
                "--luzhi.accounts.demo-enabled=false", "--luzhi.accounts.admin-password=" + ADMIN_PASSWORD,
                "--" + CommandSideIntegrationTest.AUDIT_KEYS)) {
            Api api = new Api(node.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            Api.Response account = api.get("/api/account", "admin", ADMIN_PASSWORD);
            assertThat(account.status()).as(account.text()).isEqualTo(200);
            assertThat(account.json().get("role").asText()).isEqualTo("ADMIN");
            assertThat(api.get("/api/admin/accounts", "admin", ADMIN_PASSWORD).status())
                    .as("no password change required").isEqualTo(200);

            List<String> trail = node.getBean(JdbcClient.class).sql("""
                            SELECT payload_type || ' by ' || (convert_from(meta_data, 'UTF8')::jsonb ->> 'actorId')
                                   || ': ' || (convert_from(meta_data, 'UTF8')::jsonb ->> 'reason')
                              FROM domain_event_entry WHERE aggregate_identifier = 'admin' AND type = 'Account'""")
                    .query(String.class).list();
            assertThat(trail).containsExactly(
                    "cn.luzhi.events.account.AccountCreated by system: 安装时创建首位管理员（LUZHI_ADMIN_PASSWORD）");
        }
    }
}
