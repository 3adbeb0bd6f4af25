package cn.luzhi.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The all-in-one application as the access and browser tests start it: on a random port, over its own embedded
 * PostgreSQL in a data folder of its own, with the demo accounts but without demo data (the tests count their own
 * cases; the seeded demo district would only add noise).
 */
public final class TestApplications {

    private TestApplications() {
    }

    /** A fresh data folder for one application's embedded database. */
    public static Path newDataDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the application over {@code dataDir}, every demo account with {@code password}, plus {@code settings}. */
    public static ConfigurableApplicationContext start(Path dataDir, String password, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--luzhi.embedded-db.data-dir=" + dataDir,
                "--luzhi.accounts.demo-enabled=true", "--luzhi.accounts.demo-password=" + password,
                "--luzhi.demo.enabled=false"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(LuzhiApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Where the started application answers, ending in "/". */
    public static URI baseUri(ConfigurableApplicationContext app) {
        return URI.create("http://localhost:"
                + app.getEnvironment().getRequiredProperty("local.server.port", Integer.class) + "/");
    }
}
