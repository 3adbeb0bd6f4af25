package cn.luzhi.command.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API behind the intake page, for citizens without an account: whom a QR code leads to, submitting a
 * petition there, and following it by receipt code. Rate limited and size limited per client address by
 * {@link PublicRequestGuard}; no answer is cached, and none says more than the citizen's own case.
 */
@RestController
@Tag(name = "群众扫码", description = "扫码反映问题、凭回执码查询进度和评价（无需账号）")
class PublicIntakeController {

    private final CitizenIntake intake;
    private final CitizenOpinions opinions;
    private final PublicDutyRota dutyRota;

    PublicIntakeController(CitizenIntake intake, CitizenOpinions opinions, PublicDutyRota dutyRota) {
        this.intake = intake;
        this.opinions = opinions;
        this.dutyRota = dutyRota;
    }

    @Operation(summary = "二维码指向的代表或站点", description = "只返回代表姓名及所在站点，或站点名称及所属区划")
    @GetMapping("/api/public/intake/{token}")
    ResponseEntity<Addressee.View> addressee(@PathVariable String token) {
        return fresh(HttpStatus.OK).body(intake.addressee(token).orElseThrow(UnknownQrCode::new).view());
    }

    @Operation(summary = "提交诉求", description = """
            返回回执码（仅显示这一次，请群众妥善保存）。\
            可选请求头 Idempotency-Key：页面为每份表单生成的提交编号（22至128位 base64url 字符，至少128位随机数）。\
            网络中断后用同一编号重试，不会重复提交：返回首次的回执码、送达对象和提交时间（200，首次为201）；\
            同一编号用于内容不同的诉求时返回422。服务器只保存编号的SHA-256，回执码用由编号导出的密钥加密保存，\
            服务器自身无法读出。""")
    @PostMapping(value = "/api/public/intake/{token}/petitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CitizenIntake.Submitted> submit(@PathVariable String token, @RequestBody IntakeForm form,
                                                   @Parameter(description = "提交编号，重试时不变")
                                                   @RequestHeader(name = SubmissionKey.HEADER, required = false)
                                                   String submissionKey) {
        if (submissionKey == null) {
            Addressee to = intake.addressee(token).orElseThrow(UnknownQrCode::new);
            return fresh(HttpStatus.CREATED).body(intake.submit(to, form));
        }
        CitizenIntake.Answer answer = intake.submitOnce(token, form, SubmissionKey.of(submissionKey))
                .orElseThrow(UnknownQrCode::new);
        return fresh(answer.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(answer.submitted());
    }

    @Operation(summary = "站点（基层立法联系点）正在征求意见的法规草案")
    @GetMapping("/api/public/intake/{token}/drafts")
    ResponseEntity<java.util.List<cn.luzhi.command.legislation.OpenDrafts.OpenDraft>> drafts(
            @PathVariable String token) {
        return fresh(HttpStatus.OK).body(opinions.drafts(token).orElseThrow(UnknownQrCode::new));
    }

    @Operation(summary = "站点近期的代表接待安排", description = "今天起14天内每天的接待时间和接待代表姓名（不含联系方式）")
    @GetMapping("/api/public/intake/{token}/duty-rota")
    ResponseEntity<java.util.List<PublicDutyRota.Day>> dutyRota(@PathVariable String token) {
        return fresh(HttpStatus.OK).body(dutyRota.upcoming(token).orElseThrow(UnknownQrCode::new));
    }

    @Operation(summary = "对法规草案提出意见", description = """
            姓名和手机号存入个人信息库，只有工作人员可见（脱敏）；返回意见编号作为回执。\
            可选请求头 Idempotency-Key：页面为每份表单生成的提交编号，规则同提交诉求。\
            网络中断后用同一编号重试，不会重复登记：返回首次的回执（200，首次为201）；\
            同一编号用于内容不同的意见时返回422。""")
    @PostMapping(value = "/api/public/intake/{token}/drafts/{draftId}/opinions",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CitizenOpinions.Received> opinion(@PathVariable String token, @PathVariable String draftId,
                                                     @RequestBody OpinionForm form,
                                                     @Parameter(description = "提交编号，重试时不变")
                                                     @RequestHeader(name = SubmissionKey.HEADER, required = false)
                                                     String submissionKey) {
        if (submissionKey == null) {
            return fresh(HttpStatus.CREATED).body(opinions.submit(token, draftId, form)
                    .orElseThrow(UnknownDraft::new));
        }
        CitizenOpinions.Answer answer = opinions.submitOnce(token, draftId, form, SubmissionKey.of(submissionKey))
                .orElseThrow(UnknownDraft::new);
        return fresh(answer.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(answer.received());
    }

    @Operation(summary = "凭回执码查询诉求进度")
    @GetMapping("/api/public/receipts/{code}")
    ResponseEntity<CitizenReceipt.View> receipt(@PathVariable String code) {
        return fresh(HttpStatus.OK).body(intake.receipt(code).orElseThrow(UnknownReceipt::new));
    }

    @Operation(summary = "评价办理结果", description = "满意（SATISFIED）、基本满意（BASICALLY_SATISFIED）或不满意（UNSATISFIED）")
    @PostMapping(value = "/api/public/receipts/{code}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CitizenReceipt.View> rate(@PathVariable String code, @RequestBody RatingForm form) {
        return fresh(HttpStatus.OK).body(intake.rate(code, form).orElseThrow(UnknownReceipt::new));
    }

    @Operation(summary = "撤回诉求")
    @PostMapping(value = "/api/public/receipts/{code}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CitizenReceipt.View> withdraw(@PathVariable String code,
                                                 @RequestBody(required = false) WithdrawalForm form) {
        return fresh(HttpStatus.OK).body(intake.withdraw(code, form != null ? form : new WithdrawalForm(null))
                .orElseThrow(UnknownReceipt::new));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:luzhi:problem:" + e.type));
        problem.setTitle("未找到");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }

    private static ResponseEntity.BodyBuilder fresh(HttpStatus status) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore());
    }

    /** A 404 whose text says nothing about why: a wrong code and an unknown one look the same. */
    abstract static class NotFound extends RuntimeException {

        private final String type;

        NotFound(String type, String message) {
            super(message, null, false, false);
            this.type = type;
        }
    }

    static final class UnknownQrCode extends NotFound {

        UnknownQrCode() {
            super("unknown-qr-code", "二维码无效或已停用，请扫描站点或代表最新张贴的二维码");
        }
    }

    static final class UnknownDraft extends NotFound {

        UnknownDraft() {
            super("unknown-draft", "该法规草案不在本站点征求意见，或征求意见已截止");
        }
    }

    static final class UnknownReceipt extends NotFound {

        UnknownReceipt() {
            super("unknown-receipt", "回执码不正确，请核对后重新输入");
        }
    }
}
