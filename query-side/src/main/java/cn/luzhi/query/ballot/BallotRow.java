package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ballot on livelihood projects as its events left it. Secret by construction: papers are counted, never
 * listed, and the roll call says who checked in but never who voted, so nothing here can tie a deputy to a choice;
 * the candidates' votes are only those of the published tally.
 */
@Entity
@Table(name = "ballot")
public class BallotRow extends ProjectedRow {

    @Id
    String ballotId;
    @Enumerated(EnumType.STRING)
    BallotStatus status;
    String regionId;
    int year;
    @Enumerated(EnumType.STRING)
    BallotLevel level;
    String title;
    String shortlistReason;
    /** How many candidates one paper may choose, from the opening on. */
    Integer maxChoices;
    int entitled;
    int checkedIn;
    /** Papers cast, blank ones included. */
    int votesCast;
    Instant createdAt;
    Instant shortlistedAt;
    Instant openedAt;
    Instant closesAt;
    /** When voting actually ended: by command, or at the closing time. */
    Instant closedAt;
    Instant publishedAt;
    /** Every candidate collected, by candidate id. */
    @ElementCollection
    @CollectionTable(name = "ballot_candidate", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "candidate_id")
    Map<String, CandidateEntry> candidates = new LinkedHashMap<>();
    /** The entitled deputies by deputy id, from the opening on: the roll call at the door. */
    @ElementCollection
    @CollectionTable(name = "ballot_deputy", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "deputy_id")
    Map<String, RollCallEntry> rollCall = new LinkedHashMap<>();

    protected BallotRow() {
        // For JPA.
    }

    BallotRow(String ballotId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.ballotId = ballotId;
    }

    /**
     * The lifecycle's state as far as this row keeps it: the status only. The row keeps counts where the lifecycle
     * keeps who and which papers, and no ballot event's status depends on more than the status before it.
     */
    BallotState lifecycle() {
        return new BallotState(status, null, 0, null, null, 0, null, null, null, null, 0, null);
    }

    /** Takes the status from the lifecycle's state after an event. */
    void take(BallotState state) {
        status = state.status();
    }

    /** The shortlist, in ballot-paper order, replaces whatever was shortlisted before. */
    void shortlist(Iterable<String> candidateIds) {
        candidates.values().forEach(candidate -> candidate.shortlistPosition = null);
        int position = 1;
        for (String candidateId : candidateIds) {
            CandidateEntry candidate = candidates.get(candidateId);
            if (candidate != null) {
                candidate.shortlistPosition = position;
            }
            position++;
        }
    }
}
