package cn.luzhi.command.audit;

import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.events.store.StoredEvent;
import java.sql.PreparedStatement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Begins the chain once per database, before this node appends anything: links the events stored before the
 * chain existed and records the genesis checkpoint (number 0) over them. The genesis vouches only for what was
 * there when the chain began; afterwards unlinked events are never linked, since that would bless forged ones.
 * The event table is locked while this runs (at the first start after the upgrade only), so no append can slip
 * in between the linking and the genesis checkpoint.
 */
@Component
class ChainGenesis implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ChainGenesis.class);
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainCheckpoints checkpoints;
    private final AuditKeys keys;

    ChainGenesis(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ChainCheckpoints checkpoints,
                 AuditKeys keys) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout(3600);
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    @Override
    public void afterPropertiesSet() {
        if (checkpoints.begun()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, ChainCheckpoints.LOCK);
            if (checkpoints.begun()) {
                return;
            }
            jdbc.execute("SET LOCAL statement_timeout = 0");
            jdbc.execute("LOCK TABLE domain_event_entry IN SHARE MODE");
            long linked = linkEarlierEvents();
            long upTo = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
            checkpoints.take(upTo, "系统（启用防篡改链）");
            LOG.info("Tamper-evidence chain begun: {} earlier events linked, genesis checkpoint up to global index {}",
                    linked, upTo);
        });
    }

    /** Links every stored event, aggregate by aggregate in sequence order, a page at a time. */
    private long linkEarlierEvents() {
        EventChain.Linker linker = EventChain.linker(keys.chainKey());
        long linked = 0;
        StoredEvent previous = null;
        byte[] previousLink = null;
        while (true) {
            List<StoredEvent> page = previous == null
                    ? jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e"
                    + " ORDER BY e.aggregate_identifier, e.sequence_number LIMIT " + PAGE,
                    (row, n) -> StoredEvent.read(row, 1))
                    : jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e"
                    + " WHERE (e.aggregate_identifier, e.sequence_number) > (?, ?)"
                    + " ORDER BY e.aggregate_identifier, e.sequence_number LIMIT " + PAGE,
                    (row, n) -> StoredEvent.read(row, 1), previous.aggregateIdentifier(), previous.sequenceNumber());
            if (page.isEmpty()) {
                return linked;
            }
            byte[][] links = new byte[page.size()][];
            for (int i = 0; i < page.size(); i++) {
                StoredEvent event = page.get(i);
                boolean sameAggregate = previous != null
                        && previous.aggregateIdentifier().equals(event.aggregateIdentifier());
                previousLink = linker.link(sameAggregate ? previousLink : EventChain.ZERO_LINK, event);
                links[i] = previousLink;
                previous = event;
            }
            jdbc.execute(ChainLinker.INSERT_LINK, (PreparedStatement insert) -> {
                for (int i = 0; i < page.size(); i++) {
                    ChainLinker.addLink(insert, page.get(i), links[i]);
                }
                return insert.executeBatch();
            });
            linked += page.size();
        }
    }
}
