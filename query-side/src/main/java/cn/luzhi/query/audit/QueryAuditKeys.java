package cn.luzhi.query.audit;

import cn.luzhi.events.store.AuditKeys;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The verification keys of a query node standing alone, given as variables or in the key file the command nodes
 * use. A query node never creates keys. Without keys it still starts, and the integrity API answers 503 saying
 * what is missing. The all-in-one application leaves this class out: its command side provides the keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${luzhi.audit.chain-key:}'.isBlank() or !'${luzhi.audit.key-file:}'.isBlank()")
public class QueryAuditKeys {

    @Bean
    AuditKeys auditKeys(VerificationKeyProperties properties) {
        if (properties.chainKey() != null && !properties.chainKey().isBlank()) {
            return AuditKeys.of(properties.chainKey(), "", properties.publicKey());
        }
        return AuditKeys.fromFile(Path.of(properties.keyFile()));
    }
}
