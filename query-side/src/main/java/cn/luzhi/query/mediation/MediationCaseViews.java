package cn.luzhi.query.mediation;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.query.reference.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the mediation case API answers: names instead of bare ids, labels beside codes, no personal data. */
public final class MediationCaseViews {

    private MediationCaseViews() {
    }

    public record Ref(String id, String name) {
    }

    /** One line of the mediation case list. */
    public record MediationCaseView(String mediationCaseId, MediationCaseStatus status, String statusLabel,
                                    DisputeType disputeType, String disputeTypeLabel, String regionId,
                                    String regionName, Ref court, List<Ref> mediators, Instant referredAt,
                                    Instant mediationDueAt, boolean overdue, Instant endedAt,
                                    long lastGlobalIndex) {

        static MediationCaseView of(MediationCaseRow row, Names names) {
            return new MediationCaseView(row.mediationCaseId, row.status, row.status.label(), row.disputeType,
                    row.disputeType.label(), row.regionId, names.region(row.regionId),
                    new Ref(row.courtId, names.unit(row.courtId)), mediatorRefs(row, names), row.referredAt,
                    row.mediationDueAt, row.overdue, row.endedAt, row.lastGlobalIndex());
        }
    }

    /** One mediation case in full; {@code partyRefs} are vault references, never names. */
    public record MediationCaseDetailView(String mediationCaseId, MediationCaseStatus status, String statusLabel,
                                          DisputeType disputeType, String disputeTypeLabel, String regionId,
                                          String regionName, Ref court, List<String> partyRefs, List<Ref> mediators,
                                          BigDecimal amountInDispute, BigDecimal settledAmount, Instant referredAt,
                                          Instant mediationDueAt, boolean overdue, int extensions,
                                          int sessionsHeld, Instant endedAt, boolean judiciallyConfirmed,
                                          String rulingNumber, Satisfaction followUpSatisfaction,
                                          String followUpSatisfactionLabel, Instant followedUpAt,
                                          long lastGlobalIndex) {

        static MediationCaseDetailView of(MediationCaseRow row, Names names) {
            return new MediationCaseDetailView(row.mediationCaseId, row.status, row.status.label(), row.disputeType,
                    row.disputeType.label(), row.regionId, names.region(row.regionId),
                    new Ref(row.courtId, names.unit(row.courtId)), List.copyOf(row.partyRefs),
                    mediatorRefs(row, names), row.amountInDispute, row.settledAmount, row.referredAt,
                    row.mediationDueAt, row.overdue, row.extensions, row.sessionsHeld, row.endedAt,
                    row.judiciallyConfirmed, row.rulingNumber, row.followUpSatisfaction,
                    row.followUpSatisfaction == null ? null : row.followUpSatisfaction.label(), row.followedUpAt,
                    row.lastGlobalIndex());
        }
    }

    private static List<Ref> mediatorRefs(MediationCaseRow row, Names names) {
        return row.mediatorIds.stream().map(id -> new Ref(id, names.deputy(id))).toList();
    }
}
