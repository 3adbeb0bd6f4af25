package cn.luzhi.command.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tamper evidence on a command node ({@code luzhi.audit.*}). Every command node of one database needs the same
 * keys: give them as variables, or as one key file all nodes read.
 *
 * @param chainKey           base64 HMAC key of the event chain, at least 32 bytes ({@code LUZHI_AUDIT_CHAIN_KEY})
 * @param signingKey         base64 PKCS#8 Ed25519 private key that signs checkpoints ({@code LUZHI_AUDIT_SIGNING_KEY})
 * @param publicKey          base64 X.509 Ed25519 public key matching it ({@code LUZHI_AUDIT_PUBLIC_KEY})
 * @param keyFile            file holding the three keys, created with fresh keys if missing ({@code LUZHI_AUDIT_KEY_FILE})
 * @param checkpointInterval how often a checkpoint of the chain is taken
 * @param checkpointWait     how long taking a checkpoint waits for transactions in flight to end before giving up
 */
@ConfigurationProperties("luzhi.audit")
public record AuditProperties(String chainKey, String signingKey, String publicKey, String keyFile,
                              Duration checkpointInterval, Duration checkpointWait) {

    public AuditProperties {
        checkpointInterval = checkpointInterval != null ? checkpointInterval : Duration.ofMinutes(10);
        checkpointWait = checkpointWait != null ? checkpointWait : Duration.ofSeconds(30);
    }
}
