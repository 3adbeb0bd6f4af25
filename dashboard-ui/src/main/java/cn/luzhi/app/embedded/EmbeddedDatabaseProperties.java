package cn.luzhi.app.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of the all-in-one application ({@code luzhi.embedded-db.*}), used when no
 * {@code spring.datasource.url} ({@code LUZHI_DB_URL}) is configured.
 *
 * @param dataDir where the database files live between runs ({@code LUZHI_DATA_DIR})
 * @param port    the server's port; 0 picks a free one
 */
@ConfigurationProperties("luzhi.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data", "postgres");
    }
}
