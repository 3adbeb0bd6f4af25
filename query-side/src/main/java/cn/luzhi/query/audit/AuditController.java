package cn.luzhi.query.audit;

import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.ChainCheckpoint;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.NotFound;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The integrity API: verify the chain (optionally against a checkpoint file an auditor kept), list the signed
 * checkpoints and download each as a printable file. Taking a checkpoint is the command side's
 * ({@code POST /api/audit/checkpoints}).
 */
@RestController
class AuditController {

    private static final int MAX_FILE_CHARS = 20_000;

    private final ObjectProvider<AuditKeys> keys;
    private final DataSource dataSource;
    private final CheckpointRecords checkpoints;

    AuditController(ObjectProvider<AuditKeys> keys, DataSource dataSource) {
        this.keys = keys;
        this.dataSource = dataSource;
        this.checkpoints = new CheckpointRecords(dataSource);
    }

    @GetMapping("/api/audit/verify")
    Verification verify() {
        return verifier().verify(Optional.empty());
    }

    /** Body: {@code {"checkpointFile": "<the whole text of a kept checkpoint file>"}}. */
    @PostMapping("/api/audit/verify")
    Verification verifyAgainst(@RequestBody KeptFile kept) {
        if (kept == null || kept.checkpointFile() == null || kept.checkpointFile().isBlank()) {
            throw new InvalidQuery("checkpointFile", "请提供保存的检查点文件的全文");
        }
        if (kept.checkpointFile().length() > MAX_FILE_CHARS) {
            throw new InvalidQuery("checkpointFile", "检查点文件过大，最多 " + MAX_FILE_CHARS + " 个字符");
        }
        ChainCheckpoint file;
        try {
            file = ChainCheckpoint.parse(kept.checkpointFile());
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery("checkpointFile", e.getMessage());
        }
        return verifier().verify(Optional.of(file));
    }

    /** The newest checkpoints first. */
    @GetMapping("/api/audit/checkpoints")
    List<CheckpointView> checkpoints(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidQuery("limit", "limit 应在 1 到 1000 之间");
        }
        return checkpoints.newest(limit).stream().map(CheckpointView::of).toList();
    }

    /** The printable, signed checkpoint file (UTF-8 text) an auditor keeps outside the database. */
    @GetMapping("/api/audit/checkpoints/{number}/file")
    ResponseEntity<byte[]> file(@PathVariable long number) {
        CheckpointRecords.Recorded recorded = checkpoints.one(number)
                .orElseThrow(() -> new NotFound("检查点", String.valueOf(number)));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("luzhi-checkpoint-" + number + ".txt").build().toString())
                .body(recorded.checkpoint().printableFile().getBytes(StandardCharsets.UTF_8));
    }

    private ChainVerifier verifier() {
        AuditKeys available = keys.getIfAvailable();
        if (available == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "本节点未配置完整性校验密钥（LUZHI_AUDIT_CHAIN_KEY 与 LUZHI_AUDIT_PUBLIC_KEY），无法校验");
            problem.setType(URI.create("urn:luzhi:problem:audit-keys-missing"));
            problem.setTitle("无法校验");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        }
        return new ChainVerifier(dataSource, available, Clock.systemUTC());
    }

    /** The request body of a verification against a kept file. */
    record KeptFile(String checkpointFile) {
    }

    /** One checkpoint in the list. */
    record CheckpointView(long number, Instant takenAt, long upToGlobalIndex, long eventCount, String digest,
                          String takenBy, String publicKeyFingerprint) {

        static CheckpointView of(CheckpointRecords.Recorded recorded) {
            ChainCheckpoint checkpoint = recorded.checkpoint();
            return new CheckpointView(checkpoint.number(), checkpoint.takenAt(), checkpoint.upToGlobalIndex(),
                    checkpoint.eventCount(), EventChain.hex(checkpoint.digest()), recorded.takenBy(),
                    ChainCheckpoint.fingerprint(checkpoint.publicKey()));
        }
    }
}
