package cn.luzhi.query.petition;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.query.reference.Names;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the petition API answers: names instead of bare ids, labels beside codes, no personal data. */
public final class PetitionViews {

    private PetitionViews() {
    }

    public record UnitRef(String unitId, String name) {
    }

    /** One line of the petition list. */
    public record PetitionView(String petitionId, PetitionStatus status, String statusLabel, PetitionSource source,
                               String sourceLabel, String title, String regionId, String regionName,
                               String stationId, String stationName, String deputyId, String deputyName,
                               List<UnitRef> units, Instant submittedAt, Instant replyDueAt, boolean overdue,
                               Instant closedAt, Satisfaction satisfaction, String satisfactionLabel,
                               long lastGlobalIndex, String hotlineTicketNumber) {

        static PetitionView of(PetitionRow row, Names names) {
            return new PetitionView(row.petitionId, row.status, row.status.label(), row.source, row.source.label(),
                    row.title, row.regionId, names.region(row.regionId), row.stationId, names.station(row.stationId),
                    row.deputyId, names.deputy(row.deputyId), unitRefs(row, names), row.submittedAt, row.replyDueAt,
                    row.overdue, row.closedAt, row.satisfaction,
                    row.satisfaction == null ? null : row.satisfaction.label(), row.lastGlobalIndex(),
                    row.hotlineTicketNumber);
        }
    }

    /**
     * One petition in full. {@code petitionerRef} is the vault reference: showing the petitioner's name or phone
     * is for the command side's personal-data API, to the roles allowed to see it.
     */
    public record PetitionDetailView(String petitionId, PetitionStatus status, String statusLabel,
                                     PetitionSource source, String sourceLabel, String title, String content,
                                     String petitionerRef, String regionId, String regionName, String stationId,
                                     String stationName, String deputyId, String deputyName, List<UnitRef> units,
                                     Instant submittedAt, Instant acceptedAt, Instant forwardedAt,
                                     Instant repliedAt, Instant closedAt, Instant endedAt, Instant replyDueAt,
                                     boolean overdue, Satisfaction satisfaction, String satisfactionLabel,
                                     Instant ratedAt, int round, int urgeCount, String mergedIntoId,
                                     long lastGlobalIndex, HotlineView hotline, String receptionId) {

        static PetitionDetailView of(PetitionRow row, Names names) {
            return new PetitionDetailView(row.petitionId, row.status, row.status.label(), row.source,
                    row.source.label(), row.title, row.content, row.petitionerRef, row.regionId,
                    names.region(row.regionId), row.stationId, names.station(row.stationId), row.deputyId,
                    names.deputy(row.deputyId), unitRefs(row, names), row.submittedAt, row.acceptedAt, row.forwardedAt,
                    row.repliedAt, row.closedAt, row.endedAt, row.replyDueAt, row.overdue, row.satisfaction,
                    row.satisfaction == null ? null : row.satisfaction.label(), row.ratedAt, row.round,
                    row.urgeCount, row.mergedIntoId, row.lastGlobalIndex(), HotlineView.of(row), row.receptionId);
        }
    }

    /** A 12345 difficult ticket's data: the hotline's number, received, why escalated, and what was fed back. */
    public record HotlineView(String ticketNumber, LocalDate receivedOn, String escalationReason, String feedback,
                              LocalDate fedBackOn, Instant fedBackAt) {

        static HotlineView of(PetitionRow row) {
            return row.hotlineTicketNumber == null ? null : new HotlineView(row.hotlineTicketNumber,
                    row.hotlineReceivedOn, row.hotlineEscalation, row.hotlineFeedback, row.hotlineFedBackOn,
                    row.hotlineFedBackAt);
        }
    }

    private static List<UnitRef> unitRefs(PetitionRow row, Names names) {
        return row.unitIds.stream().map(unit -> new UnitRef(unit, names.unit(unit))).toList();
    }
}
