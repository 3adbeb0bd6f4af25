package cn.luzhi.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.ChainCheckpoint;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.events.store.StoredEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chain as the command side writes it: a link with every stored event, and the genesis over earlier events. */
class ChainWritingIT extends CommandSideIntegrationTest {

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    AuditKeys keys;
    @Autowired
    ChainGenesis genesis;

    @Test
    void shouldStoreWithEveryEventItsLinkOverTheStoredRowAndThePreviousLink() {
        String petition = submitAndUrge(2);

        List<StoredEvent> events = events(petition);
        byte[] previous = EventChain.ZERO_LINK;
        assertThat(events).hasSize(3);
        for (StoredEvent event : events) {
            Map<String, Object> link = jdbcTemplate.queryForMap("SELECT * FROM event_chain WHERE event_identifier = ?",
                    event.eventIdentifier());
            assertThat(link).containsEntry("aggregate_identifier", petition)
                    .containsEntry("sequence_number", event.sequenceNumber())
                    .containsEntry("global_index", event.globalIndex());
            byte[] expected = EventChain.link(keys.chainKey(), previous, event);
            assertThat((byte[]) link.get("link")).isEqualTo(expected);
            previous = expected;
        }
    }

    @Test
    void shouldRefuseToExtendACaseWhoseLastEventHasNoLinkAndStoreNothing() {
        String petition = submitAndUrge(0);
        Map<String, Object> link = jdbcTemplate.queryForMap(
                "SELECT * FROM event_chain WHERE aggregate_identifier = ?", petition);
        jdbcTemplate.update("DELETE FROM event_chain WHERE aggregate_identifier = ?", petition);
        try {
            Api.Response urged = api.post("/api/petitions/" + petition + "/urge", "supervisor", PASSWORD,
                    "{\"reason\": \"请加快办理\"}");

            assertThat(urged.status()).isEqualTo(500);
            assertThat(events(petition)).hasSize(1);
        } finally {
            jdbcTemplate.update("INSERT INTO event_chain (event_identifier, global_index, aggregate_identifier, "
                            + "sequence_number, link) VALUES (?, ?, ?, ?, ?)", link.get("event_identifier"),
                    link.get("global_index"), link.get("aggregate_identifier"), link.get("sequence_number"),
                    link.get("link"));
        }
    }

    @Test
    void shouldLinkTheEventsStoredBeforeTheChainOnceAndRecordTheGenesisCheckpointOverThem() {
        submitAndUrge(1);
        // The state of a database upgraded from a version without the chain: events, no links, no checkpoints.
        jdbcTemplate.update("DELETE FROM event_chain_checkpoint");
        jdbcTemplate.update("DELETE FROM event_chain");

        genesis.afterPropertiesSet();

        long events = jdbcTemplate.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(jdbcTemplate.queryForObject("SELECT count(*) FROM event_chain", Long.class)).isEqualTo(events);
        Map<String, Object> row = jdbcTemplate.queryForMap("SELECT * FROM event_chain_checkpoint WHERE number = 0");
        assertThat(row.get("event_count")).isEqualTo(events);
        assertThat(row.get("up_to_global_index")).isEqualTo(
                jdbcTemplate.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class));
        ChainCheckpoint genesisCheckpoint = new ChainCheckpoint(0,
                jdbcTemplate.queryForObject("SELECT taken_at FROM event_chain_checkpoint WHERE number = 0",
                        OffsetDateTime.class).toInstant(),
                (Long) row.get("up_to_global_index"), events, (byte[]) row.get("digest"),
                (byte[]) row.get("previous_digest"), (byte[]) row.get("signature"), (String) row.get("public_key"));
        assertThat(genesisCheckpoint.signatureValid(keys.publicKey())).isTrue();

        genesis.afterPropertiesSet();
        assertThat(jdbcTemplate.queryForObject("SELECT count(*) FROM event_chain_checkpoint", Long.class))
                .as("the genesis happens once").isEqualTo(1);
        assertThat(api.post("/api/petitions/" + submitAndUrge(0) + "/urge", "supervisor", PASSWORD,
                "{\"reason\": \"继续办理\"}").status()).isEqualTo(200);
    }

    private String submitAndUrge(int urges) {
        Api.Response submitted = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "%s", "petitioner": {"name": "孙八"},
                 "title": "道路破损", "content": "村口道路破损"}""".formatted(ReferenceData.DISTRICT));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String id = submitted.json().get("aggregateId").asText();
        for (int i = 0; i < urges; i++) {
            Api.Response urged = api.post("/api/petitions/" + id + "/urge", "supervisor", PASSWORD,
                    "{\"reason\": \"请加快办理\"}");
            assertThat(urged.status()).as(urged.text()).isEqualTo(200);
        }
        return id;
    }

    private List<StoredEvent> events(String aggregate) {
        return jdbcTemplate.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e "
                + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number", (row, n) -> StoredEvent.read(row, 1),
                aggregate);
    }
}
