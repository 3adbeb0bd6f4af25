package cn.luzhi.events.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainCheckpointTest {

    private static final AuditKeys KEYS = AuditKeys.generate();

    private static ChainCheckpoint checkpoint(long count) {
        return new ChainCheckpoint(3, Instant.parse("2026-11-22T05:00:00Z"), 120, count, new byte[] {1, 2, 3},
                new byte[32], null, null).signedBy(KEYS);
    }

    @Test
    void shouldVerifyItsEd25519SignatureOnlyUnderTheSigningKey() {
        ChainCheckpoint signed = checkpoint(100);

        assertThat(signed.signature()).hasSize(64);
        assertThat(signed.signatureValid(KEYS.publicKey())).isTrue();
        assertThat(signed.signatureValid(AuditKeys.generate().publicKey())).isFalse();
        ChainCheckpoint altered = new ChainCheckpoint(3, signed.takenAt(), 120, 99, signed.digest(),
                signed.previousDigest(), signed.signature(), signed.publicKey());
        assertThat(altered.signatureValid(KEYS.publicKey())).isFalse();
    }

    @Test
    void shouldReadBackItsPrintableFileWithChineseHeadings() {
        ChainCheckpoint signed = checkpoint(100);
        String file = signed.printableFile();

        assertThat(file).contains("检查点编号：3", "截至全局序号：120", "事件总数：100", "记录时间：2026-11-22 13:00:00（北京时间）",
                "公钥：" + KEYS.publicKeyBase64(), "签名：");
        ChainCheckpoint read = ChainCheckpoint.parse(file);
        assertThat(read.sameStateAs(signed)).isTrue();
        assertThat(read.takenAt()).isEqualTo(signed.takenAt());
        assertThat(read.signatureValid(KEYS.publicKey())).isTrue();
        assertThat(read.publicKey()).isEqualTo(KEYS.publicKeyBase64());
    }

    @Test
    void shouldNotVerifyAFileWhoseSignedBlockWasEdited() {
        String file = checkpoint(100).printableFile().replace("event-count=100", "event-count=101");

        assertThat(ChainCheckpoint.parse(file).signatureValid(KEYS.publicKey())).isFalse();
    }

    @Test
    void shouldRefuseTextThatIsNoCheckpointFileInChinese() {
        assertThatThrownBy(() -> ChainCheckpoint.parse("hello")).hasMessageContaining("不是检查点文件");
        assertThatThrownBy(() -> ChainCheckpoint.parse(checkpoint(1).printableFile().replaceAll("digest=.*\\n", "")))
                .hasMessageContaining("缺少字段 digest");
    }

    @Test
    void shouldCreateAKeyFileOnceAndReuseIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("keys/audit-keys.properties");

        AuditKeys first = AuditKeys.fromFileOrCreate(file);
        AuditKeys second = AuditKeys.fromFileOrCreate(file);

        assertThat(second.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        assertThat(second.chainKey()).isEqualTo(first.chainKey());
        assertThat(second.canSign()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        AuditKeys verifyOnly = AuditKeys.of(first.chainKeyBase64(), "", first.publicKeyBase64());
        assertThat(verifyOnly.canSign()).isFalse();
        ChainCheckpoint signedByFile = new ChainCheckpoint(1, Instant.EPOCH, 0, 0, new byte[32], new byte[32], null,
                null).signedBy(first);
        assertThat(signedByFile.signatureValid(verifyOnly.publicKey())).isTrue();
    }
}
