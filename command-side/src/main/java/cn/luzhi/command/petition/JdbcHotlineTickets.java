package cn.luzhi.command.petition;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code hotline_ticket} in PostgreSQL; joins the command's transaction. {@code ON CONFLICT DO NOTHING} waits for a
 * racing insert of the same number to end and then inserts nothing, so the loser reads the winner's row in a later
 * statement instead of aborting its transaction with a duplicate key.
 */
@Repository
class JdbcHotlineTickets implements HotlineTickets {

    private final JdbcClient jdbc;

    JdbcHotlineTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Holder> claim(String ticketNumber, String petitionId, String title) {
        int inserted = jdbc.sql("""
                        INSERT INTO hotline_ticket (ticket_number, petition_id, title) VALUES (?, ?, ?)
                        ON CONFLICT (ticket_number) DO NOTHING""")
                .params(ticketNumber, petitionId, title)
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT petition_id, title FROM hotline_ticket WHERE ticket_number = ?")
                .param(ticketNumber)
                .query((row, n) -> new Holder(row.getString(1), row.getString(2)))
                .optional()
                .filter(holder -> !holder.petitionId().equals(petitionId));
    }
}
