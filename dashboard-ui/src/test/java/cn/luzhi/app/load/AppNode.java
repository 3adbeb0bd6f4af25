package cn.luzhi.app.load;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One all-in-one application in a JVM of its own, started from {@code target/luzhi.jar} (built in the package
 * phase, before the integration tests) against a database shared with other nodes. It keeps its port across
 * restarts, so clients reconnect to the same address, and its output goes to {@code target/<name>.log}.
 */
final class AppNode {

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    /**
     * @param settings the application's arguments besides the port, the database and its log
     */
    AppNode(String name, String databaseUrl, String databaseUser, List<String> settings) {
        this.name = name;
        this.port = freePort();
        this.log = Path.of("target", name + ".log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", Path.of("target", "luzhi.jar").toAbsolutePath().toString(),
                "--server.port=" + port, "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + databaseUser, "--spring.datasource.password="));
        arguments.addAll(settings);
        this.command = List.copyOf(arguments);
        // A test JVM that dies must not leave the node running against the next test's database.
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    }

    /** Starts the JVM; {@link #awaitReady} waits for it. */
    void start() {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Until its health check answers 200; fails at once when the JVM has exited. */
    void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await(name + " healthy (see " + log.toAbsolutePath() + ")").atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n"
                                + tail());
                    }
                    return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** kill -9: no shutdown hook, no released claim, no committed batch. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** A clean stop (SIGTERM), then kill -9 if it takes too long. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
