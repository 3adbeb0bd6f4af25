package cn.luzhi.query.legislation;

import cn.luzhi.events.legislation.LegislativeDraftState;
import cn.luzhi.events.legislation.LegislativeDraftStatus;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A draft regulation's comment round as its events left it, with the counts the list and the cockpit show:
 * opinions collected, merged away as duplicates, forwarded to the legislature and adopted by it.
 */
@Entity
@Table(name = "legislative_draft")
public class LegislativeDraftRow extends ProjectedRow {

    @Id
    String draftId;
    @Enumerated(EnumType.STRING)
    LegislativeDraftStatus status;
    String title;
    String legislature;
    String text;
    String link;
    /** The year (China time) the draft was opened for comment: the year its figures count in. */
    int year;
    LocalDate closesOn;
    Instant closesAt;
    Instant openedAt;
    Instant closedAt;
    LocalDate forwardedOn;
    String forwardNote;
    Instant feedbackAt;
    String feedbackNote;
    int collected;
    int merged;
    int forwarded;
    int adopted;
    @ElementCollection
    @CollectionTable(name = "legislative_draft_point", joinColumns = @JoinColumn(name = "draft_id"))
    @Column(name = "station_id")
    Set<String> liaisonPoints = new LinkedHashSet<>();
    /** Every opinion by its number. */
    @ElementCollection
    @CollectionTable(name = "legislative_opinion", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "opinion_number")
    Map<Integer, OpinionEntry> opinions = new TreeMap<>();

    protected LegislativeDraftRow() {
        // For JPA.
    }

    LegislativeDraftRow(String draftId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.draftId = draftId;
    }

    /** The lifecycle's state as this row keeps it. */
    LegislativeDraftState lifecycle() {
        return new LegislativeDraftState(status, closesAt, liaisonPoints.stream().map(StationId::of).toList(),
                opinions.entrySet().stream().map(entry -> new LegislativeDraftState.Opinion(entry.getKey(),
                        entry.getValue().mergedInto == null ? 0 : entry.getValue().mergedInto,
                        entry.getValue().forwarded, entry.getValue().adopted)).toList());
    }

    /** Takes the status and the opinions' marks from the lifecycle's state after an event, and counts them. */
    void take(LegislativeDraftState state) {
        status = state.status();
        for (LegislativeDraftState.Opinion opinion : state.opinions()) {
            OpinionEntry entry = opinions.get(opinion.number());
            if (entry != null) {
                entry.mergedInto = opinion.merged() ? opinion.mergedInto() : null;
                entry.forwarded = opinion.forwarded();
                entry.adopted = opinion.adopted();
            }
        }
        collected = state.opinions().size();
        merged = (int) state.opinions().stream().filter(LegislativeDraftState.Opinion::merged).count();
        forwarded = (int) state.opinions().stream().filter(LegislativeDraftState.Opinion::forwarded).count();
        adopted = (int) state.opinions().stream().filter(LegislativeDraftState.Opinion::adopted).count();
    }
}
