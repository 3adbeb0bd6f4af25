package cn.luzhi.events.legislation;

import cn.luzhi.events.station.StationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A draft regulation was opened for comment at {@code liaisonPointIds} until the end of {@code closesOn} (China
 * time), which is {@code closesAt}. {@code text} or {@code link} may be null, never both.
 */
@Revision("1")
public record DraftOpenedForComment(
        LegislativeDraftId draftId,
        String title,
        String legislature,
        String text,
        String link,
        LocalDate closesOn,
        Instant closesAt,
        List<StationId> liaisonPointIds) {
}
