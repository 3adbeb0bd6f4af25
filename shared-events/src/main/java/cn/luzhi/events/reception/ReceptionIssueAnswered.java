package cn.luzhi.events.reception;

import org.axonframework.serialization.Revision;

/** An issue left open at the reception was answered later. */
@Revision("1")
public record ReceptionIssueAnswered(ReceptionId receptionId, int issueNumber, String answer) {
}
