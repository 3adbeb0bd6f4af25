package cn.luzhi.query.legislation;

import cn.luzhi.events.legislation.LegislativeDraftStatus;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.query.reference.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What the legislative opinion API answers: names instead of bare ids, labels beside codes. */
public final class LegislativeDraftViews {

    private LegislativeDraftViews() {
    }

    /** One line of the draft list. */
    public record LegislativeDraftView(String draftId, LegislativeDraftStatus status, String statusLabel, String title,
                                       String legislature, int year, LocalDate closesOn, Instant openedAt,
                                       int collected, int merged, int forwarded, int adopted, long lastGlobalIndex) {

        static LegislativeDraftView of(LegislativeDraftRow row) {
            return new LegislativeDraftView(row.draftId, row.status, row.status.label(), row.title, row.legislature,
                    row.year, row.closesOn, row.openedAt, row.collected, row.merged, row.forwarded, row.adopted,
                    row.lastGlobalIndex());
        }
    }

    /** A liaison point of the draft. */
    public record LiaisonPointView(String stationId, String name) {
    }

    /**
     * One opinion. A citizen's carries only {@code citizenRef}: the name and phone are the command side's to show,
     * masked, to the roles that may see them.
     */
    public record OpinionView(int number, OpinionSource source, String sourceLabel, String stationId,
                              String stationName, String deputyId, String deputyName, String citizenRef,
                              String article, String content, Instant collectedAt, Integer mergedInto,
                              boolean forwarded, boolean adopted) {

        static OpinionView of(int number, OpinionEntry entry, Names names) {
            return new OpinionView(number, entry.source, entry.source.label(), entry.stationId,
                    names.station(entry.stationId), entry.deputyId,
                    entry.deputyId == null ? null : names.deputy(entry.deputyId), entry.citizenRef, entry.article,
                    entry.content, entry.collectedAt, entry.mergedInto, entry.forwarded, entry.adopted);
        }
    }

    /** One draft in full: its text or link, its liaison points and every opinion by number. */
    public record LegislativeDraftDetailView(String draftId, LegislativeDraftStatus status, String statusLabel,
                                             String title, String legislature, String text, String link, int year,
                                             LocalDate closesOn, Instant closesAt, Instant openedAt,
                                             Instant closedAt, LocalDate forwardedOn, String forwardNote,
                                             Instant feedbackAt, String feedbackNote, int collected, int merged,
                                             int forwarded, int adopted, List<LiaisonPointView> liaisonPoints,
                                             List<OpinionView> opinions, long lastGlobalIndex) {

        static LegislativeDraftDetailView of(LegislativeDraftRow row, Names names) {
            List<LiaisonPointView> points = row.liaisonPoints.stream().sorted()
                    .map(id -> new LiaisonPointView(id, names.station(id))).toList();
            List<OpinionView> opinions = row.opinions.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .map(entry -> OpinionView.of(entry.getKey(), entry.getValue(), names)).toList();
            return new LegislativeDraftDetailView(row.draftId, row.status, row.status.label(), row.title,
                    row.legislature, row.text, row.link, row.year, row.closesOn, row.closesAt, row.openedAt,
                    row.closedAt, row.forwardedOn, row.forwardNote, row.feedbackAt, row.feedbackNote, row.collected,
                    row.merged, row.forwarded, row.adopted, points, opinions, row.lastGlobalIndex());
        }
    }

    /**
     * A year's figures: drafts opened for comment that year, and their opinions collected, forwarded and adopted;
     * {@code adoptionRate} is adopted out of forwarded, half up to one decimal.
     */
    public record LegislativeFigures(int year, long drafts, long opinionsCollected, long opinionsForwarded,
                                     long opinionsAdopted, BigDecimal adoptionRate) {
    }
}
