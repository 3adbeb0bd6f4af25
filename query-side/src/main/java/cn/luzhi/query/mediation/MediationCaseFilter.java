package cn.luzhi.query.mediation;

import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseStatus;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which mediation cases a list shows; every criterion is optional.
 *
 * @param status      in this state
 * @param disputeType of this kind of dispute
 * @param regionId    in this region or any region below it
 * @param unitId      referred by this court
 * @param deputyId    mediated by this deputy now
 * @param overdue     whose mediation period has passed with the case open, or not
 * @param from        referred on or after this day (Beijing time)
 * @param to          referred on or before this day (Beijing time)
 * @param q           words that must all occur in the case number or ruling number
 *                    ({@link cn.luzhi.query.common.TextSearch})
 */
public record MediationCaseFilter(MediationCaseStatus status, DisputeType disputeType, String regionId,
                                  String unitId, String deputyId, Boolean overdue,
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q) {
}
