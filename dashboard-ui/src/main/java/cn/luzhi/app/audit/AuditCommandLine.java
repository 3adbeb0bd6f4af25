package cn.luzhi.app.audit;

import cn.luzhi.app.embedded.EmbeddedDatabaseConfiguration;
import cn.luzhi.command.audit.AuditKeyFile;
import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.ChainCheckpoint;
import cn.luzhi.query.audit.ChainBreak;
import cn.luzhi.query.audit.ChainVerifier;
import cn.luzhi.query.audit.Verification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The command-line modes of the application, which start no web server, no processors and no demo:
 * <ul>
 *     <li>{@code audit-verify [--checkpoint-file=F]}: verifies the event store's chain (and the kept checkpoint
 *     file F), prints the result and exits 0 when intact, 1 when broken, 2 when it could not verify;</li>
 *     <li>{@code audit-keygen}: prints fresh keys as the variables every command node needs.</li>
 * </ul>
 * With the embedded database, stop the running application first: its data folder can be opened only once.
 */
public final class AuditCommandLine {

    private AuditCommandLine() {
    }

    /** Whether {@code args} ask for a command-line mode. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("audit-verify") || args[0].equals("audit-keygen"));
    }

    /** Runs the mode and returns the process's exit code. */
    public static int run(String[] args, PrintStream out) {
        if (args[0].equals("audit-keygen")) {
            AuditKeys keys = AuditKeys.generate();
            out.println("LUZHI_AUDIT_CHAIN_KEY=" + keys.chainKeyBase64());
            out.println("LUZHI_AUDIT_SIGNING_KEY=" + keys.signingKeyBase64().orElseThrow());
            out.println("LUZHI_AUDIT_PUBLIC_KEY=" + keys.publicKeyBase64());
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerifyContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(rest)) {
            Environment environment = context.getEnvironment();
            Optional<ChainCheckpoint> kept = Optional.ofNullable(environment.getProperty("checkpoint-file"))
                    .map(AuditCommandLine::readCheckpointFile);
            AuditKeys keys = keys(environment, context.getBeanProvider(AuditKeyFile.class));
            Verification result = new ChainVerifier(context.getBean(DataSource.class), keys, Clock.systemUTC())
                    .verify(kept);
            print(result, out);
            return result.intact() ? 0 : 1;
        } catch (RuntimeException e) {
            out.println("无法校验：" + e.getMessage());
            return 2;
        }
    }

    private static void print(Verification result, PrintStream out) {
        out.println(result.summary());
        out.printf("核对事件 %d 个，检查点 %d 个，用时 %d 毫秒（每秒 %d 个事件）%n", result.eventsChecked(),
                result.checkpointsChecked(), result.durationMillis(), result.eventsPerSecond());
        for (ChainBreak found : result.breaks()) {
            out.printf("- [%s] %s%n", found.label(), found.explanation());
            if (found.eventId() != null) {
                out.printf("  事件 %s，案件 %s，序号 %d，全局序号 %d%n", found.eventId(), found.aggregateId(),
                        found.sequenceNumber(), found.globalIndex());
            }
        }
    }

    private static ChainCheckpoint readCheckpointFile(String file) {
        try {
            return ChainCheckpoint.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("读不到检查点文件 " + file + "：" + e.getMessage(), e);
        }
    }

    /** The same keys the nodes use; never new ones, which would only make an intact store look broken. */
    private static AuditKeys keys(Environment environment, ObjectProvider<AuditKeyFile> embeddedKeyFile) {
        String chainKey = environment.getProperty("luzhi.audit.chain-key", "");
        if (!chainKey.isBlank()) {
            return AuditKeys.of(chainKey, "", environment.getProperty("luzhi.audit.public-key", ""));
        }
        String keyFile = environment.getProperty("luzhi.audit.key-file", "");
        AuditKeyFile fallback = embeddedKeyFile.getIfAvailable();
        if (keyFile.isBlank() && fallback == null) {
            throw new IllegalStateException("未配置校验密钥：请设置 LUZHI_AUDIT_CHAIN_KEY 与 LUZHI_AUDIT_PUBLIC_KEY，"
                    + "或 LUZHI_AUDIT_KEY_FILE");
        }
        Path file = keyFile.isBlank() ? fallback.path() : Path.of(keyFile);
        if (!Files.exists(file)) {
            throw new IllegalStateException("密钥文件 " + file + " 不存在");
        }
        return AuditKeys.fromFile(file);
    }

    /** Only the database: the embedded one when no URL is configured, else a pool on the configured server. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @Import(EmbeddedDatabaseConfiguration.class)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class VerifyContext {
    }
}
