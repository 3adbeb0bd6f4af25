package cn.luzhi.query.petition;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.petition.PetitionSource;
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
import java.util.LinkedHashSet;
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
        this.status = PetitionStatus.SUBMITTED;
        this.round = 1;
    }

    /** Ends the petition: it no longer waits for anyone, so it cannot be overdue. */
    void end(PetitionStatus terminal, Instant at) {
        status = terminal;
        endedAt = at;
        overdue = false;
    }
}
