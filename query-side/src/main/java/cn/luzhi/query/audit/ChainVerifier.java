package cn.luzhi.query.audit;

import cn.luzhi.events.store.AuditKeys;
import cn.luzhi.events.store.ChainCheckpoint;
import cn.luzhi.events.store.EventChain;
import cn.luzhi.events.store.StoredEvent;
import cn.luzhi.query.audit.ChainBreak.Kind;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Recomputes the tamper-evidence chain from the event store and checks the signed checkpoints, streaming (one
 * event in memory at a time), in one read-only snapshot so that appends running meanwhile cannot look like damage.
 * <ol>
 *     <li>Every event, case by case in sequence order: sequences start at 0 without gaps, the event has its link,
 *     the link names the same case, sequence and global index, and HMAC(previous link, stored row) equals it.</li>
 *     <li>Every link has its event; every case head a checkpoint recorded still exists.</li>
 *     <li>Every checkpoint, in order: numbered from the genesis 0 without gaps, signed under this system's public
 *     key, chained to the previous digest, and its count and digest recomputed from the links.</li>
 *     <li>Optionally a checkpoint file the auditor kept: genuine, and still present in the database as it was.</li>
 * </ol>
 */
public class ChainVerifier {

    /** Breaks listed in one answer; more are only counted. */
    public static final int MAX_REPORTED = 50;
    private static final int FETCH = 1000;

    private final DataSource dataSource;
    private final AuditKeys keys;
    private final CheckpointRecords checkpoints;
    private final Clock clock;

    public ChainVerifier(DataSource dataSource, AuditKeys keys, Clock clock) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.checkpoints = new CheckpointRecords(dataSource);
        this.clock = clock;
    }

    /** Verifies the whole store, and against {@code kept} when the auditor submitted a checkpoint file. */
    public Verification verify(Optional<ChainCheckpoint> kept) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Findings findings = new Findings();
        long events;
        long checked;
        Long latest;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL statement_timeout = 0");
            }
            events = checkEvents(connection, findings);
            checkLinksHaveEvents(connection, findings);
            List<ChainCheckpoint> recorded = checkpoints.all(connection);
            checked = checkCheckpoints(connection, recorded, findings);
            latest = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).number();
            kept.ifPresent(file -> checkKeptFile(connection, file, recorded, findings));
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store to verify it", e);
        }
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        List<ChainBreak> breaks = findings.reported();
        ChainBreak first = breaks.stream()
                .min(Comparator.comparing(ChainBreak::globalIndex, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
        String summary = first == null
                ? "完好：" + events + " 个事件的链接与 " + checked + " 个检查点全部核对无误"
                + kept.map(file -> "，与保存的检查点 #" + file.number() + " 一致").orElse("")
                : "已损坏：发现 " + findings.count + " 处问题，第一处为「" + first.label() + "」";
        return new Verification(first == null, summary, first, breaks, findings.count, events, checked, latest,
                kept.map(ChainCheckpoint::number).orElse(null), started, millis, events * 1000 / millis);
    }

    /** Pass 1: every event in (case, sequence) order, with its link joined by event id. */
    private long checkEvents(Connection connection, Findings findings) throws SQLException {
        EventChain.Linker linker = EventChain.linker(keys.chainKey());
        List<Gap> gaps = new ArrayList<>();
        long count = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + StoredEvent.COLUMNS
                + ", c.link, c.aggregate_identifier, c.sequence_number, c.global_index"
                + " FROM domain_event_entry e LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier"
                + " ORDER BY e.aggregate_identifier, e.sequence_number")) {
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                String aggregate = null;
                long expected = 0;
                byte[] previousLink = null;
                while (rows.next()) {
                    count++;
                    StoredEvent event = StoredEvent.read(rows, 1);
                    byte[] link = rows.getBytes(11);
                    if (!event.aggregateIdentifier().equals(aggregate)) {
                        aggregate = event.aggregateIdentifier();
                        expected = 0;
                        previousLink = EventChain.ZERO_LINK;
                    }
                    if (event.sequenceNumber() != expected) {
                        gaps.add(new Gap(event, expected));
                        previousLink = null;
                    }
                    expected = event.sequenceNumber() + 1;
                    if (link == null) {
                        findings.add(ChainBreak.ofEvent(Kind.FORGED, "伪造的事件：该事件没有链接记录，不是经本系统写入的",
                                event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                                event.globalIndex()));
                        previousLink = null;
                        continue;
                    }
                    long linkedSequence = rows.getLong(13);
                    long linkedIndex = rows.getLong(14);
                    byte[] before = previousLink;
                    // The stored link, not the recomputed one: damage to one event is reported once, not again
                    // for every later event of the case. After a misplaced event, the next cannot be checked.
                    previousLink = link;
                    if (!event.aggregateIdentifier().equals(rows.getString(12))
                            || linkedSequence != event.sequenceNumber()) {
                        previousLink = null;
                        findings.add(ChainBreak.ofEvent(Kind.REORDERED, "顺序被调换：该事件现在是案件「"
                                        + event.aggregateIdentifier() + "」的第 " + event.sequenceNumber()
                                        + " 号事件，写入时却是「" + rows.getString(12) + "」的第 " + linkedSequence + " 号",
                                event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                                event.globalIndex()));
                    } else if (linkedIndex != event.globalIndex()) {
                        findings.add(ChainBreak.ofEvent(Kind.REORDERED, "顺序被调换：该事件的全局序号现在是 "
                                        + event.globalIndex() + "，写入时是 " + linkedIndex,
                                event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                                event.globalIndex()));
                    } else if (before != null
                            && !MessageDigest.isEqual(link, linker.link(before, event))) {
                        findings.add(ChainBreak.ofEvent(Kind.MODIFIED, "内容被修改：按该事件现在的内容重新计算的链接值与写入时"
                                        + "记录的不符（事件内容或元数据被改动，或链接记录是伪造的）",
                                event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                                event.globalIndex()));
                    }
                }
            }
        }
        for (Gap gap : gaps) {
            reportGap(connection, gap, findings);
        }
        return count;
    }

    /** A missing sequence number: named by its leftover link when there is one (pass 2 reports that), else here. */
    private static void reportGap(Connection connection, Gap gap, Findings findings) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT 1 FROM event_chain WHERE aggregate_identifier = ? AND sequence_number >= ?
                AND sequence_number < ?""")) {
            select.setString(1, gap.next().aggregateIdentifier());
            select.setLong(2, gap.expected());
            select.setLong(3, gap.next().sequenceNumber());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        StoredEvent next = gap.next();
        boolean missing = next.sequenceNumber() > gap.expected();
        findings.add(ChainBreak.ofEvent(missing ? Kind.DELETED : Kind.SEQUENCE_GAP, missing
                        ? "事件被删除：案件「" + next.aggregateIdentifier() + "」缺少第 " + gap.expected()
                        + (next.sequenceNumber() - 1 > gap.expected() ? "～" + (next.sequenceNumber() - 1) : "")
                        + " 号事件（连同其链接记录），此处为其后的事件"
                        : "序号不连续：案件「" + next.aggregateIdentifier() + "」的事件序号应为 " + gap.expected(),
                next.eventIdentifier(), next.aggregateIdentifier(), next.sequenceNumber(), next.globalIndex()));
    }

    /** Pass 2: links whose event is gone, and case heads recorded by checkpoints that are gone. */
    private static void checkLinksHaveEvents(Connection connection, Findings findings) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT c.event_identifier, c.aggregate_identifier, c.sequence_number, c.global_index FROM event_chain c
                WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e WHERE e.event_identifier = c.event_identifier)
                ORDER BY c.global_index""")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(ChainBreak.ofEvent(Kind.DELETED, "事件被删除：案件「" + rows.getString(2) + "」的第 "
                                    + rows.getLong(3) + " 号事件的链接记录还在，事件本身已不存在",
                            rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT h.event_identifier, h.aggregate_identifier, h.sequence_number, h.global_index,
                       h.checkpoint_number FROM event_chain_checkpoint_head h
                WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e WHERE e.event_identifier = h.event_identifier)
                ORDER BY h.global_index""")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(new ChainBreak(Kind.DELETED, "事件被删除：检查点 #" + rows.getLong(5) + " 记录该事件为案件「"
                            + rows.getString(2) + "」当时的最新事件（第 " + rows.getLong(3) + " 号），它连同链接记录已不存在",
                            rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
                }
            }
        }
    }

    /** Pass 3: the checkpoints, against the links in global-index order. */
    private long checkCheckpoints(Connection connection, List<ChainCheckpoint> recorded, Findings findings)
            throws SQLException {
        if (recorded.isEmpty() || recorded.get(0).number() != 0) {
            findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_TAMPERED,
                    "检查点被篡改：创世检查点（#0）不存在", 0L));
        }
        for (int i = 0; i < recorded.size(); i++) {
            ChainCheckpoint checkpoint = recorded.get(i);
            if (!checkpoint.signatureValid(keys.publicKey())) {
                findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_TAMPERED, "检查点被篡改：检查点 #"
                        + checkpoint.number() + " 的签名无效（内容被改动或为伪造）", checkpoint.number()));
            }
            if (i > 0) {
                ChainCheckpoint previous = recorded.get(i - 1);
                if (checkpoint.number() != previous.number() + 1) {
                    findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_TAMPERED, "检查点被删除：检查点 #"
                            + (previous.number() + 1) + " 不存在", previous.number() + 1));
                } else if (!MessageDigest.isEqual(checkpoint.previousDigest(), previous.digest())) {
                    findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_TAMPERED, "检查点被篡改：检查点 #"
                            + checkpoint.number() + " 记录的上一摘要与检查点 #" + previous.number() + " 不符",
                            checkpoint.number()));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT global_index, link FROM event_chain ORDER BY global_index")) {
            select.setFetchSize(FETCH);
            try (ResultSet links = select.executeQuery()) {
                boolean more = links.next();
                long count = 0;
                for (ChainCheckpoint checkpoint : recorded) {
                    EventChain.Digest digest = EventChain.digest(checkpoint.previousDigest(),
                            checkpoint.upToGlobalIndex(), checkpoint.eventCount());
                    while (more && links.getLong(1) <= checkpoint.upToGlobalIndex()) {
                        digest.add(links.getBytes(2));
                        count++;
                        more = links.next();
                    }
                    if (count != checkpoint.eventCount()) {
                        findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_MISMATCH, "与检查点不符：检查点 #"
                                + checkpoint.number() + " 记录截至全局序号 " + checkpoint.upToGlobalIndex() + " 共有 "
                                + checkpoint.eventCount() + " 个事件，现在有 " + count + " 个"
                                + (count < checkpoint.eventCount() ? "（有事件连同链接记录被删除）" : "（有事件被插入）"),
                                checkpoint.number()));
                    } else if (!MessageDigest.isEqual(digest.finish(), checkpoint.digest())) {
                        findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_MISMATCH, "与检查点不符：截至检查点 #"
                                + checkpoint.number() + " 的链接记录与当时不同（链接记录被改动或替换）", checkpoint.number()));
                    }
                }
            }
        }
        return recorded.size();
    }

    /** Pass 4: the auditor's kept checkpoint file. */
    private void checkKeptFile(Connection connection, ChainCheckpoint file, List<ChainCheckpoint> recorded,
                               Findings findings) {
        if (!file.publicKey().equals(keys.publicKeyBase64())) {
            findings.add(ChainBreak.ofCheckpoint(Kind.FILE_INVALID, "检查点文件无效：文件上的公钥不是本系统的公钥",
                    file.number()));
            return;
        }
        if (!file.signatureValid(keys.publicKey())) {
            findings.add(ChainBreak.ofCheckpoint(Kind.FILE_INVALID, "检查点文件无效：签名不符，文件内容被改动过",
                    file.number()));
            return;
        }
        Optional<ChainCheckpoint> stored = recorded.stream().filter(c -> c.number() == file.number()).findFirst();
        if (stored.isPresent()) {
            if (!stored.get().sameStateAs(file)) {
                findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_TAMPERED, "检查点被篡改：数据库中的检查点 #"
                        + file.number() + " 与您保存的文件不同", file.number()));
            }
            return;
        }
        long latest = recorded.isEmpty() ? -1 : recorded.get(recorded.size() - 1).number();
        if (file.number() > latest) {
            long present = countEventsUpTo(connection, file.upToGlobalIndex());
            findings.add(ChainBreak.ofCheckpoint(Kind.ROLLED_BACK, "回退到旧的检查点：您保存的检查点 #" + file.number()
                    + "（截至全局序号 " + file.upToGlobalIndex() + "，共 " + file.eventCount() + " 个事件）在数据库中不存在，"
                    + "数据库最新的检查点是 #" + latest + "，截至该序号现在只有 " + present + " 个事件", file.number()));
        } else {
            findings.add(ChainBreak.ofCheckpoint(Kind.CHECKPOINT_TAMPERED, "检查点被删除：您保存的检查点 #"
                    + file.number() + " 在数据库中不存在", file.number()));
        }
    }

    private static long countEventsUpTo(Connection connection, long globalIndex) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM domain_event_entry WHERE global_index <= ?")) {
            select.setLong(1, globalIndex);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count events", e);
        }
    }

    private record Gap(StoredEvent next, long expected) {
    }

    /** Breaks found, one per event (or checkpoint) and kind, the first {@link #MAX_REPORTED} kept. */
    private static final class Findings {

        private final Map<String, ChainBreak> kept = new LinkedHashMap<>();
        private long count;

        void add(ChainBreak found) {
            String key = found.eventId() != null ? "event:" + found.eventId()
                    : found.kind() + ":" + found.checkpointNumber();
            if (kept.containsKey(key)) {
                return;
            }
            count++;
            if (kept.size() < MAX_REPORTED) {
                kept.put(key, found);
            }
        }

        List<ChainBreak> reported() {
            return List.copyOf(kept.values());
        }
    }
}
