package cn.luzhi.query.common;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the query API's own refusals ({@link NotFound}, {@link InvalidQuery}) with their Chinese problem body
 * as it is. First in line for the query side's controllers, so that in the all-in-one application a general
 * advice of the command side does not replace their detail with a generic one.
 */
@RestControllerAdvice(basePackages = "cn.luzhi.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblems {

    @ExceptionHandler({NotFound.class, InvalidQuery.class, Conflict.class})
    ResponseEntity<ProblemDetail> refused(ErrorResponseException e) {
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    /**
     * A filter value that does not convert to its parameter's type ({@code source=HOTLINE} for a petition source):
     * 400 naming the parameter, and for a choice the values it takes, instead of a generic answer.
     */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> unreadable(BindException e) {
        FieldError error = e.getFieldError();
        if (error == null) {
            return refused(new InvalidQuery("", "查询参数无效"));
        }
        Class<?> type = e.getBindingResult().getFieldType(error.getField());
        String choices = type != null && type.isEnum() ? "，可选值：" + Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining("、")) : "";
        return refused(new InvalidQuery(error.getField(),
                "查询参数「" + error.getField() + "」的值「" + shown(error.getRejectedValue()) + "」无法识别" + choices));
    }

    /** A parameter given more than once arrives as an array. */
    private static String shown(Object value) {
        return value instanceof Object[] values ? Arrays.stream(values).map(String::valueOf)
                .collect(Collectors.joining(",")) : String.valueOf(value);
    }
}
