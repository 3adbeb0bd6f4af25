package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.ProposerKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A candidate project of a ballot. {@code tallyRank}, {@code votes} and {@code approved} stay null until the
 * tally is published: a running count while the ballot is open would be a result before the result.
 */
@Embeddable
public class CandidateEntry {

    String title;
    String description;
    @Enumerated(EnumType.STRING)
    ProposerKind proposerKind;
    /** In yuan. */
    BigDecimal estimatedBudget;
    /** 1 for the first candidate collected. */
    int collectedOrder;
    /** Place on the ballot paper, from 1, or null when not shortlisted. */
    Integer shortlistPosition;
    /** Place in the published tally, most votes first, from 1. */
    Integer tallyRank;
    Integer votes;
    Boolean approved;

    protected CandidateEntry() {
        // For JPA.
    }

    CandidateEntry(String title, String description, ProposerKind proposerKind, BigDecimal estimatedBudget,
                   int collectedOrder) {
        this.title = title;
        this.description = description;
        this.proposerKind = proposerKind;
        this.estimatedBudget = estimatedBudget;
        this.collectedOrder = collectedOrder;
    }
}
