package cn.luzhi.query.ballot;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** One milestone of a project's current plan, and when progress reported it reached. */
@Embeddable
public class MilestoneEntry {

    String name;
    LocalDate dueDate;
    Instant reachedAt;

    protected MilestoneEntry() {
        // For JPA.
    }

    MilestoneEntry(String name, LocalDate dueDate, Instant reachedAt) {
        this.name = name;
        this.dueDate = dueDate;
        this.reachedAt = reachedAt;
    }
}
