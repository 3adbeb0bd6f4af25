package cn.luzhi.command.web;

import cn.luzhi.command.access.AccessRefused;
import cn.luzhi.command.commandlog.CommandInProgress;
import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.common.DuplicateRecord;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as an RFC 9457 problem body, in Chinese: which field and why, or which rule and why.
 * Nothing is stored for a request that ends here.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "请求无效"),
            Map.entry(401, "需要登录"),
            Map.entry(403, "无权执行此操作"),
            Map.entry(404, "未找到"),
            Map.entry(405, "不支持此请求方法"),
            Map.entry(406, "无法提供所请求的格式"),
            Map.entry(409, "与当前状态冲突"),
            Map.entry(413, "请求体过大"),
            Map.entry(415, "不支持的内容类型，请使用 application/json"),
            Map.entry(422, "不符合业务规则"),
            Map.entry(500, "服务器内部错误"),
            Map.entry(503, "服务暂时不可用"));

    private final JsonErrors jsonErrors;

    ProblemAdvice(JsonErrors jsonErrors) {
        this.jsonErrors = jsonErrors;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCommand e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-command", summary(e.errors()));
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(CommandRefused e) {
        if (e.field() == null) {
            return problem(HttpStatus.CONFLICT, "command-refused", e.getMessage());
        }
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", e.getMessage());
        problem.setProperty("errors", List.of(new InvalidCommand.FieldError(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateRecord e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate", e.getMessage());
        problem.setProperty("errors", List.of(new InvalidCommand.FieldError(e.field(), e.getMessage())));
        problem.setProperty("existingId", e.existingId());
        problem.setProperty("existingTitle", e.existingTitle());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessRefused e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownRoute(CommandController.UnknownRoute e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-route", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "未找到编号为「" + e.getAggregateIdentifier() + "」的记录");
    }

    @ExceptionHandler
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version",
                "记录已被修改：您依据的是第 " + e.getExpectedVersion() + " 版，当前为第 " + e.getActualVersion()
                        + " 版，请刷新后重试");
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "already-exists", "该编号的记录已存在，不能重复创建");
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "记录刚被他人修改，请刷新后重试");
    }

    /** Not a conflict: the client should send the same command id again shortly to get that command's answer. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> inProgress(CommandInProgress e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "command-in-progress", e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        // The exception text may quote user input; it goes to the log only, never to the client.
        LOG.error("Unexpected error while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误，请稍后再试或联系管理员");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "请求体过大"));
            }
        }
        InvalidCommand invalid = e.getCause() instanceof DatabindException databind
                ? jsonErrors.toInvalidCommand(databind)
                : new InvalidCommand("", e.getMessage() != null && e.getMessage().contains("Required request body")
                ? "缺少请求体" : "请求体不是有效的 JSON");
        return ResponseEntity.badRequest().body(invalid(invalid));
    }

    /** Spring MVC's own errors (wrong method, media type, unknown path, ...) get a Chinese title and detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || !problem.getType().toString().startsWith("urn:luzhi:"))) {
            String title = TITLES.getOrDefault(status.value(), problem.getTitle());
            problem.setTitle(title);
            problem.setDetail(title);
        }
        return response;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:luzhi:problem:" + type));
        problem.setTitle(TITLES.getOrDefault(status.value(), status.getReasonPhrase()));
        return problem;
    }

    private static String summary(List<InvalidCommand.FieldError> errors) {
        return errors.stream()
                .map(error -> error.field().isEmpty() ? error.message() : error.field() + "：" + error.message())
                .reduce((a, b) -> a + "；" + b)
                .orElse("请求无效");
    }
}
