package cn.luzhi.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A command-side node on its own: the command API over an external PostgreSQL ({@code LUZHI_DB_URL}). Its
 * settings are in {@code command-side.yml}, so that the all-in-one application can import them beside the
 * query side's.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

    public static void main(String[] args) {
        // No calls out: there is no AxonIQ Console and no update check on these networks.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side")
                .run(args);
    }
}
