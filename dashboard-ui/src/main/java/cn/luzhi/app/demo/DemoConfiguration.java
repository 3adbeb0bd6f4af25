package cn.luzhi.app.demo;

import cn.luzhi.command.security.UserDirectory;
import jakarta.validation.Validator;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the all-in-one application: on with {@code luzhi.demo.enabled}, which follows the demo accounts'
 * switch ({@code LUZHI_DEMO}), so it is on by default there and off on production nodes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("luzhi.demo.enabled")
@EnableScheduling
class DemoConfiguration {

    /** Installed before any demo command, and Axon's real clock given back when the application stops. */
    @Bean
    DemoClock demoClock() {
        return DemoClock.install();
    }

    @Bean
    DemoStore demoStore(JdbcClient jdbc) {
        return new DemoStore(jdbc);
    }

    @Bean
    DemoCommands demoCommands(CommandGateway gateway, Validator validator, UserDirectory users) {
        return new DemoCommands(gateway, validator, users);
    }

    @Bean
    @DependsOn("demoClock")
    DemoSeeder demoSeeder(DemoProperties properties, DemoCommands commands, DemoStore store, DataSource dataSource,
                          EventProcessingConfiguration processing) {
        return new DemoSeeder(properties, commands, store, dataSource, processing);
    }

    @Bean
    @DependsOn("demoClock")
    LiveDemo liveDemo(DemoProperties properties, DemoSeeder seeder, DemoStore store, DemoCommands commands,
                      PlatformTransactionManager transactionManager) {
        return new LiveDemo(properties, seeder, store, commands, new TransactionTemplate(transactionManager));
    }
}
