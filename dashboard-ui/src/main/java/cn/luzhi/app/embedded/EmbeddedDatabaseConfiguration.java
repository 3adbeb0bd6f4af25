package cn.luzhi.app.embedded;

import cn.luzhi.command.audit.AuditKeyFile;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, the application starts its own PostgreSQL and connects to it with the same
 * pool settings (and server-side timeouts) an external server gets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    /**
     * On its own database the application is the only node, so it may keep generated tamper-evidence keys next to
     * the data folder (e.g. {@code ./data/postgres-audit-keys.properties}) when none are configured.
     */
    @Bean
    AuditKeyFile auditKeyFile(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        return new AuditKeyFile(dataDir.resolveSibling(dataDir.getFileName() + "-audit-keys.properties"));
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        return EmbeddedDatabase.start(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        return dataSource;
    }
}
