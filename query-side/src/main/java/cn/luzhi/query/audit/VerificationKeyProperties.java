package cn.luzhi.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Verification keys of a query node ({@code luzhi.audit.*}): the same values the command nodes have, minus the
 * private key, which a node that only verifies does not need.
 *
 * @param chainKey  base64 HMAC key of the event chain ({@code LUZHI_AUDIT_CHAIN_KEY})
 * @param publicKey base64 X.509 Ed25519 public key checkpoints are signed for ({@code LUZHI_AUDIT_PUBLIC_KEY})
 * @param keyFile   the command nodes' key file, read when no chain key is given ({@code LUZHI_AUDIT_KEY_FILE})
 */
@ConfigurationProperties("luzhi.audit")
public record VerificationKeyProperties(String chainKey, String publicKey, String keyFile) {
}
