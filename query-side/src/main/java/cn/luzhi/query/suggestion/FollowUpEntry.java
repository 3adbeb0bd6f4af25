package cn.luzhi.query.suggestion;

import cn.luzhi.events.suggestion.FollowUpOutcome;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One year's follow-up (回头看) of a B-class suggestion: what was found, and when it was recorded. */
@Embeddable
public class FollowUpEntry {

    int year;
    @Enumerated(EnumType.STRING)
    FollowUpOutcome outcome;
    String progress;
    Instant recordedAt;

    protected FollowUpEntry() {
        // For JPA.
    }

    FollowUpEntry(int year, FollowUpOutcome outcome, String progress, Instant recordedAt) {
        this.year = year;
        this.outcome = outcome;
        this.progress = progress;
        this.recordedAt = recordedAt;
    }
}
