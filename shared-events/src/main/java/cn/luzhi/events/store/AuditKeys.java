package cn.luzhi.events.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The keys of tamper evidence, held by the application nodes and never stored in the database: the HMAC key of
 * the event chain, and the Ed25519 key pair that signs checkpoints. Verifying needs the chain key and the public
 * key only; signing needs the private key, so a node that only verifies can be given no private key at all.
 */
public final class AuditKeys {

    private static final int CHAIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "Ed25519";

    private final byte[] chainKey;
    private final PrivateKey signingKey;
    private final PublicKey publicKey;

    private AuditKeys(byte[] chainKey, PrivateKey signingKey, PublicKey publicKey) {
        if (chainKey.length < CHAIN_KEY_BYTES) {
            throw new IllegalArgumentException("The chain key must have at least " + CHAIN_KEY_BYTES + " bytes, not "
                    + chainKey.length);
        }
        this.chainKey = chainKey.clone();
        this.signingKey = signingKey;
        this.publicKey = publicKey;
    }

    /** Fresh keys: a random chain key and a new Ed25519 key pair. */
    public static AuditKeys generate() {
        byte[] chainKey = new byte[CHAIN_KEY_BYTES];
        new SecureRandom().nextBytes(chainKey);
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new AuditKeys(chainKey, pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /**
     * Keys given as base64 text: the chain key, the PKCS#8 private key (blank on a node that only verifies) and
     * the X.509 public key.
     */
    public static AuditKeys of(String chainKey, String signingKey, String publicKey) {
        Base64.Decoder base64 = Base64.getMimeDecoder();
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = signingKey == null || signingKey.isBlank() ? null
                    : factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(signingKey.strip())));
            return new AuditKeys(base64.decode(chainKey.strip()), privateKey,
                    factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey.strip()))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Unreadable audit keys: " + e.getMessage(), e);
        }
    }

    /** The keys kept in {@code file}; creates the file with fresh keys when there is none yet. */
    public static AuditKeys fromFileOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return fromFile(file);
    }

    /** The keys kept in {@code file}, which must exist. */
    public static AuditKeys fromFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + file, e);
        }
        return of(properties.getProperty("chain-key", ""), properties.getProperty("signing-key", ""),
                properties.getProperty("public-key", ""));
    }

    /**
     * Writes fresh keys to {@code file}, readable by the owner only. Written beside and moved into place, so that
     * two nodes starting at once both end up with the keys of whichever moved first.
     */
    private static void create(Path file) {
        AuditKeys keys = generate();
        Properties properties = new Properties();
        properties.setProperty("chain-key", keys.chainKeyBase64());
        properties.setProperty("signing-key", keys.signingKeyBase64().orElseThrow());
        properties.setProperty("public-key", keys.publicKeyBase64());
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path draft = Files.createTempFile(folder, "audit-keys", ".tmp");
            try {
                ownerOnly(draft);
                try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                    properties.store(writer, "Luzhi tamper-evidence keys. Keep secret; losing them breaks verification.");
                }
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit key file " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
    }

    public byte[] chainKey() {
        return chainKey.clone();
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public boolean canSign() {
        return signingKey != null;
    }

    /** The Ed25519 signature of {@code data}; only on a node that holds the private key. */
    public byte[] sign(byte[] data) {
        if (signingKey == null) {
            throw new IllegalStateException("This node holds no signing key (luzhi.audit.signing-key)");
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code data} under {@code publicKey}. */
    public static boolean verify(PublicKey publicKey, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Reads a base64 X.509 public key, e.g. the one printed on a checkpoint file. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public String chainKeyBase64() {
        return Base64.getEncoder().encodeToString(chainKey);
    }

    public Optional<String> signingKeyBase64() {
        return Optional.ofNullable(signingKey).map(key -> Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    @Override
    public String toString() {
        return "AuditKeys[public key " + publicKeyBase64() + "]";
    }
}
