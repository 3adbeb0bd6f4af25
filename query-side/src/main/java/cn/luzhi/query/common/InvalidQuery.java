package cn.luzhi.query.common;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 answer naming the query parameter at fault, with a Chinese problem body. */
public final class InvalidQuery extends ErrorResponseException {

    public InvalidQuery(String parameter, String message) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, message), null);
    }

    private static ProblemDetail problem(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(URI.create("urn:luzhi:problem:invalid-query"));
        problem.setTitle("请求无效");
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return problem;
    }
}
