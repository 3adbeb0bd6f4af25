package cn.luzhi.query.common;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
}
