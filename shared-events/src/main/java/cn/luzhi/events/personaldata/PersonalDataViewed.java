package cn.luzhi.events.personaldata;

import cn.luzhi.events.common.PersonRef;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Someone saw people's personal data in full. Who, when and why are in the metadata, like for every event; the
 * event names the people only by reference, so the audit trail itself holds no personal data.
 *
 * @param caseType the case's kind ({@code PETITION}, {@code MEDIATION_CASE})
 * @param caseId   the case whose people were shown
 * @param people   whose data was shown
 * @param reason   why, as the viewer gave it
 */
@Revision("1")
public record PersonalDataViewed(String caseType, String caseId, List<PersonRef> people, String reason) {
}
