package cn.luzhi.command.audit;

import cn.luzhi.events.store.ChainCheckpoint;
import cn.luzhi.events.store.EventChain;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/audit/checkpoints}: an auditor or administrator takes a checkpoint now. */
@RestController
class CheckpointController {

    private final Checkpointing checkpointing;

    CheckpointController(Checkpointing checkpointing) {
        this.checkpointing = checkpointing;
    }

    /** 201 with the new checkpoint; 200 with {@code created: false} when nothing was stored since the latest. */
    @PostMapping("/api/audit/checkpoints")
    ResponseEntity<Taken> takeNow(Principal principal) {
        try {
            return checkpointing.takeNow(principal.getName())
                    .map(checkpoint -> ResponseEntity.created(
                                    URI.create("/api/audit/checkpoints/" + checkpoint.number() + "/file"))
                            .body(Taken.of(checkpoint)))
                    .orElseGet(() -> ResponseEntity.ok(new Taken(false, null, null, null, null, null,
                            "自上一检查点以来没有新的事件，无需记录新的检查点")));
        } catch (Checkpointing.TransactionsInFlight e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            problem.setType(URI.create("urn:luzhi:problem:transactions-in-flight"));
            problem.setTitle("暂时无法记录检查点");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
    }

    /** The answer: the checkpoint taken, or why none was. */
    record Taken(boolean created, Long number, Instant takenAt, Long upToGlobalIndex, Long eventCount,
                 String digest, String message) {

        static Taken of(ChainCheckpoint checkpoint) {
            return new Taken(true, checkpoint.number(), checkpoint.takenAt(), checkpoint.upToGlobalIndex(),
                    checkpoint.eventCount(), EventChain.hex(checkpoint.digest()), "已记录检查点 #" + checkpoint.number());
        }
    }
}
