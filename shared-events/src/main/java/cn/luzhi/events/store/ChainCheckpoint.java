package cn.luzhi.events.store;

import cn.luzhi.events.common.ChinaCalendar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A signed record of the chain's state: up to which global index, how many events, and the digest over their
 * links ({@link EventChain#digest}), chained to the previous checkpoint's digest. An auditor keeps its printable
 * file ({@link #printableFile}) outside the database; {@link #parse} reads such a file back.
 *
 * @param number          0 for the genesis checkpoint, then 1, 2, ...
 * @param publicKey       base64 X.509 Ed25519 public key of the node that signed
 */
public record ChainCheckpoint(long number, Instant takenAt, long upToGlobalIndex, long eventCount, byte[] digest,
                              byte[] previousDigest, byte[] signature, String publicKey) {

    private static final String BEGIN = "-----BEGIN LUZHI CHECKPOINT-----";
    private static final String END = "-----END LUZHI CHECKPOINT-----";
    private static final String FORMAT = "luzhi-checkpoint/v1";
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaCalendar.ZONE);

    /** The exact text that is signed (UTF-8): one {@code key=value} line per field. */
    public String signedText() {
        return FORMAT + "\n"
                + "number=" + number + "\n"
                + "taken-at=" + takenAt + "\n"
                + "up-to-global-index=" + upToGlobalIndex + "\n"
                + "event-count=" + eventCount + "\n"
                + "digest=" + EventChain.hex(digest) + "\n"
                + "previous-digest=" + EventChain.hex(previousDigest) + "\n";
    }

    /** A copy carrying the signature of {@link #signedText} by {@code keys}. */
    public ChainCheckpoint signedBy(AuditKeys keys) {
        byte[] signed = keys.sign(signedText().getBytes(StandardCharsets.UTF_8));
        return new ChainCheckpoint(number, takenAt, upToGlobalIndex, eventCount, digest, previousDigest, signed,
                keys.publicKeyBase64());
    }

    /** Whether the signature holds under {@code trusted} (not under the key the checkpoint merely names). */
    public boolean signatureValid(PublicKey trusted) {
        return signature != null
                && AuditKeys.verify(trusted, signedText().getBytes(StandardCharsets.UTF_8), signature);
    }

    /** Whether both record the same state (number, index, count, digests). */
    public boolean sameStateAs(ChainCheckpoint other) {
        return number == other.number && upToGlobalIndex == other.upToGlobalIndex && eventCount == other.eventCount
                && MessageDigest.isEqual(digest, other.digest)
                && MessageDigest.isEqual(previousDigest, other.previousDigest);
    }

    /** The printable file: Chinese headings for a reader, then the signed block a machine reads back. */
    public String printableFile() {
        String signatureText = Base64.getEncoder().encodeToString(signature);
        return "人大代表履职平台 · 事件完整性检查点\n"
                + "==================================\n\n"
                + "检查点编号：" + number + (number == 0 ? "（创世检查点）" : "") + "\n"
                + "记录时间：" + BEIJING.format(takenAt) + "（北京时间）\n"
                + "截至全局序号：" + upToGlobalIndex + "\n"
                + "事件总数：" + eventCount + "\n"
                + "摘要（SHA-256）：" + EventChain.hex(digest) + "\n"
                + "上一检查点摘要：" + EventChain.hex(previousDigest) + "\n"
                + "签名算法：Ed25519\n"
                + "签名：" + signatureText + "\n"
                + "公钥：" + publicKey + "\n"
                + "公钥指纹（SHA-256）：" + fingerprint(publicKey) + "\n\n"
                + "请将本文件保存在数据库之外（打印或离线存储）。校验时请上传整个文件：系统核对签名，并证明数据库仍然包含\n"
                + "本检查点记录的全部事件；若数据库被回退到更早的状态，校验会指出。请核对公钥指纹与单位公布的一致。\n\n"
                + "以下为签名原文，请勿修改：\n"
                + BEGIN + "\n"
                + signedText()
                + END + "\n"
                + "signature=" + signatureText + "\n"
                + "public-key=" + publicKey + "\n";
    }

    /** Reads a printable file back; throws {@link IllegalArgumentException} with a Chinese message if it is not one. */
    public static ChainCheckpoint parse(String fileText) {
        if (fileText == null) {
            throw new IllegalArgumentException("文件为空");
        }
        int begin = fileText.indexOf(BEGIN);
        int end = fileText.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("不是检查点文件：缺少签名原文（" + BEGIN + "）");
        }
        Map<String, String> fields = new HashMap<>();
        String block = fileText.substring(begin + BEGIN.length(), end);
        String tail = fileText.substring(end + END.length());
        for (String line : (block + "\n" + tail).split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        if (!block.strip().startsWith(FORMAT)) {
            throw new IllegalArgumentException("不是检查点文件：格式标识不是 " + FORMAT);
        }
        try {
            HexFormat hex = HexFormat.of();
            return new ChainCheckpoint(
                    Long.parseLong(required(fields, "number")),
                    Instant.parse(required(fields, "taken-at")),
                    Long.parseLong(required(fields, "up-to-global-index")),
                    Long.parseLong(required(fields, "event-count")),
                    hex.parseHex(required(fields, "digest")),
                    hex.parseHex(required(fields, "previous-digest")),
                    Base64.getDecoder().decode(required(fields, "signature")),
                    required(fields, "public-key"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("检查点文件已损坏：" + e.getMessage(), e);
        }
    }

    /** SHA-256 of the public key's bytes, in hex groups of four, for comparing by eye. */
    public static String fingerprint(String publicKeyBase64) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Base64.getMimeDecoder().decode(publicKeyBase64));
            return EventChain.hex(hash).replaceAll("(.{4})(?!$)", "$1 ");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("检查点文件缺少字段 " + name);
        }
        return value;
    }
}
