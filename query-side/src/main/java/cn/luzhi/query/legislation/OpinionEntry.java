package cn.luzhi.query.legislation;

import cn.luzhi.events.legislation.OpinionSource;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One opinion on a draft; a citizen's only by personal-data reference. */
@Embeddable
public class OpinionEntry {

    @Enumerated(EnumType.STRING)
    OpinionSource source;
    String stationId;
    String deputyId;
    String citizenRef;
    String article;
    String content;
    Instant collectedAt;
    /** The number of the opinion it duplicated, or null. */
    Integer mergedInto;
    boolean forwarded;
    boolean adopted;

    protected OpinionEntry() {
        // For JPA.
    }

    OpinionEntry(OpinionSource source, String stationId, String deputyId, String citizenRef, String article,
                 String content, Instant collectedAt) {
        this.source = source;
        this.stationId = stationId;
        this.deputyId = deputyId;
        this.citizenRef = citizenRef;
        this.article = article;
        this.content = content;
        this.collectedAt = collectedAt;
    }
}
