package cn.luzhi.events.reception;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One issue a citizen raised at a reception, as recorded: the issue itself and, when a deputy answered it on the
 * spot, the answer. An issue without an answer stays open until it is answered later or turned into a petition.
 */
public record ReceptionIssue(
        @NotBlank @Size(max = 500) String text,
        @Size(max = 2000) String answer) {

    public ReceptionIssue {
        answer = answer == null || answer.isBlank() ? null : answer;
    }

    public boolean answeredOnTheSpot() {
        return answer != null;
    }
}
