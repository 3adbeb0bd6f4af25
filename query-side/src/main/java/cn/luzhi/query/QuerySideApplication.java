package cn.luzhi.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A query-side node on its own: projections, the query API and the live feed over an external PostgreSQL
 * ({@code LUZHI_DB_URL}) whose event store the command side created. Its settings are in {@code query-side.yml},
 * so that the all-in-one application can import them beside the command side's.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuerySideApplication {

    /**
     * Spring Boot's own Flyway belongs to the command side (event store migrations); standing alone, the query
     * side must not run it, or it would apply the read-model scripts a second time into {@code public}. Not in
     * {@code query-side.yml}, which the all-in-one application imports beside the command side's settings.
     */
    public static final String NO_COMMAND_SIDE_FLYWAY = "spring.flyway.enabled=false";

    public static void main(String[] args) {
        // No calls out: there is no AxonIQ Console and no update check on these networks.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side", NO_COMMAND_SIDE_FLYWAY)
                .run(args);
    }
}
