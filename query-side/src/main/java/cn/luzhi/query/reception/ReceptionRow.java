package cn.luzhi.query.reception;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.reception.ReceptionIssueState;
import cn.luzhi.events.reception.ReceptionState;
import cn.luzhi.events.reception.ReceptionStatus;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A reception as its events left it. */
@Entity
@Table(name = "reception")
public class ReceptionRow extends ProjectedRow {

    @Id
    String receptionId;
    @Enumerated(EnumType.STRING)
    ReceptionStatus status;
    String stationId;
    Instant receivedAt;
    int citizensReceived;
    Instant recordedAt;
    @ElementCollection
    @CollectionTable(name = "reception_deputy", joinColumns = @JoinColumn(name = "reception_id"))
    @Column(name = "deputy_id")
    Set<String> deputyIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "reception_issue", joinColumns = @JoinColumn(name = "reception_id"))
    @OrderBy("issueNumber")
    List<Issue> issues = new ArrayList<>();

    protected ReceptionRow() {
        // For JPA.
    }

    ReceptionRow(String receptionId, long globalIndex) {
        super(globalIndex);
        this.receptionId = receptionId;
    }

    /** The state the lifecycle would have folded from the events applied to this row. */
    ReceptionState lifecycle() {
        return new ReceptionState(status, StationId.of(stationId), deputyIds.stream().map(DeputyId::of).toList(),
                issues.stream().map(issue -> new ReceptionIssueState(issue.issueNumber, issue.answer,
                        issue.petitionId == null ? null : PetitionId.of(issue.petitionId))).toList());
    }

    /** One issue raised at the reception. */
    @Embeddable
    public static class Issue {
        int issueNumber;
        String text;
        String answer;
        boolean answeredOnTheSpot;
        String petitionId;

        protected Issue() {
            // For JPA.
        }

        Issue(int issueNumber, String text, String answer) {
            this.issueNumber = issueNumber;
            this.text = text;
            this.answer = answer;
            this.answeredOnTheSpot = answer != null;
        }
    }
}
