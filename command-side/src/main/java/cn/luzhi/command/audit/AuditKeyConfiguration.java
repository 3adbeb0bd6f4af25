package cn.luzhi.command.audit;

import cn.luzhi.events.store.AuditKeys;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keys of tamper evidence on a command node: configured, or kept in a key file, or the node does not start. */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfiguration {

    static final String MISSING_KEYS = """
            Tamper evidence has no keys. Every command node of a database needs the same three keys: set \
            LUZHI_AUDIT_CHAIN_KEY, LUZHI_AUDIT_SIGNING_KEY and LUZHI_AUDIT_PUBLIC_KEY (print fresh ones with \
            'java -jar luzhi.jar audit-keygen'), or LUZHI_AUDIT_KEY_FILE naming a key file all nodes share.""";

    @Bean
    AuditKeys auditKeys(AuditProperties properties, ObjectProvider<AuditKeyFile> defaultKeyFile) {
        if (properties.chainKey() != null && !properties.chainKey().isBlank()) {
            AuditKeys keys = AuditKeys.of(properties.chainKey(), properties.signingKey(), properties.publicKey());
            if (!keys.canSign()) {
                throw new IllegalStateException("LUZHI_AUDIT_SIGNING_KEY is missing: a command node signs checkpoints");
            }
            return keys;
        }
        AuditKeyFile fallback = defaultKeyFile.getIfAvailable();
        Path file = properties.keyFile() != null && !properties.keyFile().isBlank() ? Path.of(properties.keyFile())
                : fallback != null ? fallback.path() : null;
        if (file == null) {
            throw new IllegalStateException(MISSING_KEYS);
        }
        return AuditKeys.fromFileOrCreate(file);
    }

    @Bean
    ChainLinker chainLinker(AuditKeys keys) {
        return new ChainLinker(keys);
    }
}
