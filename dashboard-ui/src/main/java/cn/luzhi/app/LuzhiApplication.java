package cn.luzhi.app;

import cn.luzhi.app.audit.AuditCommandLine;
import cn.luzhi.command.CommandSideApplication;
import cn.luzhi.query.QuerySideApplication;
import cn.luzhi.query.audit.QueryAuditKeys;
import cn.luzhi.query.eventstore.QueryEventStoreConfiguration;
import cn.luzhi.query.security.QuerySecurityConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The all-in-one application a newcomer starts: the command side, the query side and the UI in one JVM, on
 * an embedded PostgreSQL whose data folder persists between runs (or on the server {@code LUZHI_DB_URL} names).
 * Demo data and demo accounts are on unless {@code LUZHI_DEMO=false}. With {@code audit-verify} or
 * {@code audit-keygen} as first argument it runs that command-line mode instead ({@link AuditCommandLine}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// Where JPA entities and repositories are looked for: the query side's, not only this package's.
@AutoConfigurationPackage(basePackages = {"cn.luzhi.command", "cn.luzhi.query", "cn.luzhi.app"})
@ConfigurationPropertiesScan({"cn.luzhi.command", "cn.luzhi.query", "cn.luzhi.app"})
@ComponentScan(basePackages = {"cn.luzhi.command", "cn.luzhi.query", "cn.luzhi.app"},
        // Each side's own application class, and the query side's copies of beans the command side already
        // provides in this JVM (event store access, security).
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {
                CommandSideApplication.class, QuerySideApplication.class, QueryEventStoreConfiguration.class,
                QuerySecurityConfiguration.class, QueryAuditKeys.class}))
public class LuzhiApplication {

    public static void main(String[] args) {
        // No calls out: there is no AxonIQ Console and no update check on these networks.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (AuditCommandLine.handles(args)) {
            System.exit(AuditCommandLine.run(args, System.out));
        }
        if (System.getenv("LUZHI_DEMO") == null && System.getProperty("LUZHI_DEMO") == null) {
            System.setProperty("LUZHI_DEMO", "true");
        }
        new SpringApplicationBuilder(LuzhiApplication.class).run(args);
    }
}
