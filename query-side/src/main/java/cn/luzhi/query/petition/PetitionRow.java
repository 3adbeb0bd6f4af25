package cn.luzhi.query.petition;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A petition as its events left it. The petitioner is only the reference into the personal-data vault; the
 * deputy is the one who took the petition up, or before that the one whose QR code it came through.
 */
@Entity
@Table(name = "petition")
public class PetitionRow extends ProjectedRow {

    @Id
    String petitionId;
    @Enumerated(EnumType.STRING)
    PetitionStatus status;
    @Enumerated(EnumType.STRING)
    PetitionSource source;
    String regionId;
    String stationId;
    /** The reception the petition was raised at (进站接待), if any. */
    String receptionId;
    String deputyId;
    String petitionerRef;
    String title;
    String content;
    Instant submittedAt;
    Instant acceptedAt;
    Instant forwardedAt;
    /** When the last unit of the current round replied. */
    Instant repliedAt;
    Instant closedAt;
    /** When the petition reached any terminal state (closed, declined, withdrawn, merged). */
    Instant endedAt;
    Instant replyDueAt;
    /** The reply deadline passed with replies outstanding, and nothing has moved it or answered it since. */
    boolean overdue;
    /** The petitioner's last rating. */
    @Enumerated(EnumType.STRING)
    Satisfaction satisfaction;
    Instant ratedAt;
    int round;
    int urgeCount;
    String mergedIntoId;
    /** The lifecycle's: the current round's result went back to the hotline (a reopening clears it). */
    boolean hotlineFedBack;
    /** The lifecycle's: a 12345 ticket whose result may be fed back to the hotline now (待反馈12345). */
    boolean awaitsHotlineFeedback;
    /** The 12345 hotline's ticket number, for a 12345 difficult ticket (12345疑难工单). */
    String hotlineTicketNumber;
    /** The day the hotline received the ticket. */
    LocalDate hotlineReceivedOn;
    /** Why the hotline escalated it. */
    String hotlineEscalation;
    /** The latest result fed back to the hotline, the day it was fed back and when it was recorded. */
    String hotlineFeedback;
    LocalDate hotlineFedBackOn;
    Instant hotlineFedBackAt;
    /** Every unit the petition was forwarded to, over all rounds. */
    @ElementCollection
    @CollectionTable(name = "petition_unit", joinColumns = @JoinColumn(name = "petition_id"))
    @Column(name = "unit_id")
    Set<String> unitIds = new LinkedHashSet<>();

    protected PetitionRow() {
        // For JPA.
    }

    PetitionRow(String petitionId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.petitionId = petitionId;
    }

    /**
     * The lifecycle's state as far as this row keeps it. The row does not keep the latest forwarding's units or
     * whether its deadline was extended: no field it takes from the lifecycle depends on them.
     */
    PetitionState lifecycle() {
        return new PetitionState(status, null, deputyId == null ? null : DeputyId.of(deputyId), List.of(), List.of(),
                replyDueAt, false, overdue, satisfaction, round - 1, urgeCount,
                mergedIntoId == null ? null : PetitionId.of(mergedIntoId), source, hotlineFedBack);
    }

    /** Takes the status and the fields derived from it from the lifecycle's state after an event. */
    void take(PetitionState state, Instant at) {
        status = state.status();
        deputyId = state.deputy() == null ? null : state.deputy().value();
        replyDueAt = state.replyDueAt();
        overdue = state.overdue();
        satisfaction = state.lastRating();
        round = state.handlingRound();
        urgeCount = state.urgeCount();
        mergedIntoId = state.mergedInto() == null ? null : state.mergedInto().value();
        hotlineFedBack = state.hotlineFedBack();
        awaitsHotlineFeedback = PetitionLifecycle.check(state, PetitionAction.HOTLINE_FEEDBACK).isEmpty();
        if (status.isTerminal() && endedAt == null) {
            endedAt = at;
        }
    }
}
