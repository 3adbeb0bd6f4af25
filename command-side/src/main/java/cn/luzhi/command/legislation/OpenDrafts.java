package cn.luzhi.command.legislation;

import cn.luzhi.events.legislation.CommentPeriodClosed;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.station.StationId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code open_legislative_draft}: the drafts open for comment and their liaison points, so that a station's
 * public page lists them. Subscribing, like the QR code table: the row changes in the event's own transaction, so
 * a closed draft stops being offered on every node at once (see {@link OpenDraftsConfiguration}).
 */
@Component
@ProcessingGroup(OpenDrafts.PROCESSING_GROUP)
public class OpenDrafts {

    static final String PROCESSING_GROUP = "open-legislative-drafts";

    /** A draft a citizen may comment on. */
    public record OpenDraft(String draftId, String title, String legislature, String text, String link,
                            LocalDate closesOn) {
    }

    private final JdbcClient jdbc;

    OpenDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The drafts open for comment at the station now, the soonest closing first. */
    public List<OpenDraft> at(String stationId) {
        return jdbc.sql("""
                        SELECT d.draft_id, d.title, d.legislature, d.text, d.link, d.closes_on
                          FROM open_legislative_draft d
                          JOIN open_legislative_draft_point p ON p.draft_id = d.draft_id
                         WHERE p.station_id = :station AND d.closes_at > :now
                         ORDER BY d.closes_at, d.draft_id""")
                .param("station", stationId)
                // The clock the aggregate uses, so a page never offers what the draft would refuse.
                .param("now", java.sql.Timestamp.from(GenericEventMessage.clock.instant()))
                .query((rs, row) -> new OpenDraft(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    @EventHandler
    void on(DraftOpenedForComment event) {
        jdbc.sql("""
                        INSERT INTO open_legislative_draft
                               (draft_id, title, legislature, text, link, closes_on, closes_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(event.draftId().value(), event.title(), event.legislature(), event.text(), event.link(),
                        event.closesOn(), java.sql.Timestamp.from(event.closesAt()))
                .update();
        for (StationId point : event.liaisonPointIds()) {
            jdbc.sql("INSERT INTO open_legislative_draft_point (draft_id, station_id) VALUES (?, ?)")
                    .params(event.draftId().value(), point.value())
                    .update();
        }
    }

    @EventHandler
    void on(CommentPeriodClosed event) {
        jdbc.sql("DELETE FROM open_legislative_draft WHERE draft_id = ?").param(event.draftId().value()).update();
    }
}
