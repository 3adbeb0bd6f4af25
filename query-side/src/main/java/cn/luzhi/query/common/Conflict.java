package cn.luzhi.query.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 409 answer: the request is fine but what it asks for is already under way. Chinese problem body. */
public final class Conflict extends ErrorResponseException {

    public Conflict(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(URI.create("urn:luzhi:problem:conflict"));
        problem.setTitle("操作冲突");
        return problem;
    }
}
