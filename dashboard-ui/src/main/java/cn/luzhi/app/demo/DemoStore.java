package cn.luzhi.app.demo;

import cn.luzhi.app.demo.CaseHistory.Recorded;
import cn.luzhi.app.demo.DemoCatalog.Deputy;
import cn.luzhi.app.demo.DemoCatalog.Place;
import cn.luzhi.app.demo.DemoCatalog.Station;
import cn.luzhi.app.demo.DemoCatalog.Unit;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.store.EventJson;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo reads from the event store itself ({@code domain_event_entry}, see V1__event_store.sql): whether
 * it is empty, which demo cases are open and what happened to each, and the demo's reference data. It also holds
 * the PostgreSQL advisory lock that lets only one node at a time write demo data.
 */
class DemoStore {

    /** The advisory lock key of demo writing: "luzhidem" in ASCII. */
    static final long DEMO_LOCK = 0x6C757A686964656DL;

    private static final List<String> CASE_TYPES = List.of("Petition", "Suggestion", "MediationCase",
            "LivelihoodProject", "Reception", "LegislativeDraft", "DutyActivity");
    /** A case whose last event is one of these has no step left. */
    private static final List<String> FINISHED = Stream.of(PetitionClosed.class, PetitionDeclined.class,
                    PetitionWithdrawn.class, PetitionMerged.class, SuggestionClosed.class, SuggestionReturned.class,
                    SuggestionMerged.class, SuggestionFollowedUp.class, SuggestionUpgradedToSolved.class,
                    MediationCaseFailed.class, MediationCaseFollowedUp.class, ProjectRated.class,
                    cn.luzhi.events.legislation.LegislativeFeedbackRecorded.class,
                    cn.luzhi.events.duty.DutyActivityClosed.class, cn.luzhi.events.duty.DutyActivityCancelled.class)
            .map(Class::getName).toList();
    private static final String EVENTS_PACKAGE = "cn.luzhi.events.";

    private final JdbcClient jdbc;
    private final ObjectMapper json = EventJson.newObjectMapper();

    DemoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A demo case that is not finished, at its current version. */
    record OpenCase(String type, String id, long version) {
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM domain_event_entry)").query(Boolean.class).single();
    }

    long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /** When the newest event was stored, by whomever. */
    Optional<Instant> newestEventTime() {
        return jdbc.sql("SELECT time_stamp FROM domain_event_entry ORDER BY global_index DESC LIMIT 1")
                .query(String.class).optional().map(Instant::parse);
    }

    /**
     * Takes the demo lock on the caller's session, waiting while another node holds it (seeding). Polls with
     * {@code pg_try_advisory_lock} rather than blocking, because every connection has a statement timeout.
     */
    static void lockSession(Connection connection) throws SQLException, InterruptedException {
        while (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
            Thread.sleep(500);
        }
    }

    static void unlockSession(Connection connection) throws SQLException {
        call(connection, "SELECT pg_advisory_unlock(?)");
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, DEMO_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Takes the demo lock for the current transaction, unless another node holds it; never waits. */
    boolean tryTransactionLock() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(DEMO_LOCK).query(Boolean.class).single();
    }

    /**
     * The demo cases whose last event leaves a step to take: petitions, suggestions and mediation cases with a
     * demo id, and the projects of demo ballots (their ids are derived from the ballot's, so they carry no prefix).
     */
    List<OpenCase> openCases() {
        return jdbc.sql("""
                        SELECT aggregate_identifier, type, sequence_number FROM (
                            SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, type, sequence_number,
                                   payload_type
                              FROM domain_event_entry
                             WHERE type IN (:types)
                               AND (aggregate_identifier LIKE :prefix OR aggregate_identifier IN (
                                   SELECT aggregate_identifier FROM domain_event_entry
                                    WHERE payload_type = :approved
                                      AND convert_from(payload, 'UTF8')::jsonb ->> 'ballotId' LIKE :prefix))
                             ORDER BY aggregate_identifier, sequence_number DESC) latest
                         WHERE payload_type NOT IN (:finished)""")
                .param("types", CASE_TYPES)
                .param("prefix", DemoDistrict.ID_PREFIX + "%")
                .param("approved", LivelihoodProjectApproved.class.getName())
                .param("finished", FINISHED)
                .query((rs, row) -> new OpenCase(rs.getString(2), rs.getString(1), rs.getLong(3)))
                .list();
    }

    /** Every event of the case, oldest first; empty when one of them cannot be read as a contract record. */
    Optional<CaseHistory> history(OpenCase open) {
        List<Recorded> events = new ArrayList<>();
        long[] version = {-1};
        boolean[] unreadable = {false};
        jdbc.sql("""
                        SELECT payload_type, payload, time_stamp, sequence_number FROM domain_event_entry
                         WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(open.id())
                .query(rs -> {
                    Optional<Object> payload = read(rs.getString(1), rs.getBytes(2));
                    Instant at = Instant.parse(rs.getString(3));
                    version[0] = rs.getLong(4);
                    if (payload.isPresent()) {
                        events.add(new Recorded(payload.get(), at));
                    } else {
                        unreadable[0] = true;
                    }
                });
        if (unreadable[0] || events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseHistory(open.type(), open.id(), version[0], events));
    }

    /** The demo's reference data as it stands now, folded from the registering and changing events. */
    DemoCatalog catalog() {
        Map<DeputyId, DeputyRegistered> deputies = new LinkedHashMap<>();
        Map<DeputyId, StationId> deputyStations = new LinkedHashMap<>();
        Set<DeputyId> pool = new LinkedHashSet<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        Set<String> inactiveUnits = new HashSet<>();
        Map<RegionId, Place> places = new LinkedHashMap<>();
        Map<StationId, RegionId> stations = new LinkedHashMap<>();
        Set<StationId> closedStations = new HashSet<>();
        jdbc.sql("""
                        SELECT payload_type, payload FROM domain_event_entry
                         WHERE type IN ('Deputy', 'HandlingUnit', 'Station', 'Region')
                           AND (aggregate_identifier LIKE ? OR aggregate_identifier LIKE ?)
                         ORDER BY global_index""")
                .params(DemoDistrict.ID_PREFIX + "%", DemoDistrict.CODE + "_%")
                .query(rs -> {
                    Object event = read(rs.getString(1), rs.getBytes(2)).orElse(null);
                    if (event instanceof DeputyRegistered registered) {
                        deputies.put(registered.deputyId(), registered);
                        deputyStations.put(registered.deputyId(), registered.stationId());
                    } else if (event instanceof DeputyTransferred transferred) {
                        deputyStations.put(transferred.deputyId(), transferred.toStationId());
                    } else if (event instanceof DeputyAddedToMediatorPool added) {
                        pool.add(added.deputyId());
                    } else if (event instanceof DeputyRemovedFromMediatorPool removed) {
                        pool.remove(removed.deputyId());
                    } else if (event instanceof DeputyTermEnded ended) {
                        deputies.remove(ended.deputyId());
                    } else if (event instanceof DeputyMandateTerminated terminated) {
                        deputies.remove(terminated.deputyId());
                    } else if (event instanceof HandlingUnitRegistered registered) {
                        units.put(registered.handlingUnitId().value(), new Unit(registered.handlingUnitId(),
                                registered.name(), registered.kind()));
                    } else if (event instanceof HandlingUnitRenamed renamed) {
                        units.computeIfPresent(renamed.handlingUnitId().value(),
                                (id, unit) -> new Unit(unit.id(), renamed.name(), unit.kind()));
                    } else if (event instanceof HandlingUnitDeactivated deactivated) {
                        inactiveUnits.add(deactivated.handlingUnitId().value());
                    } else if (event instanceof HandlingUnitReactivated reactivated) {
                        inactiveUnits.remove(reactivated.handlingUnitId().value());
                    } else if (event instanceof RegionRegistered registered && registered.parentId() != null) {
                        places.put(registered.regionId(), new Place(registered.regionId(), registered.name()));
                    } else if (event instanceof RegionRenamed renamed) {
                        places.computeIfPresent(renamed.regionId(), (id, place) -> new Place(id, renamed.name()));
                    } else if (event instanceof RegionRetired retired) {
                        places.remove(retired.regionId());
                    } else if (event instanceof StationOpened opened) {
                        stations.put(opened.stationId(), opened.regionId());
                    } else if (event instanceof StationMoved moved) {
                        stations.put(moved.stationId(), moved.regionId());
                    } else if (event instanceof StationClosed closed) {
                        closedStations.add(closed.stationId());
                    } else if (event instanceof StationReopened reopened) {
                        closedStations.remove(reopened.stationId());
                    }
                });
        List<Deputy> serving = deputies.values().stream().map(registered -> {
            RegionId region = stations.get(deputyStations.get(registered.deputyId()));
            String town = region != null && region.value().length() >= 9 ? region.value().substring(0, 9) : null;
            return new Deputy(registered.deputyId(), registered.level(), deputyStations.get(registered.deputyId()),
                    town);
        }).toList();
        return new DemoCatalog(serving,
                pool.stream().filter(deputies::containsKey).toList(),
                units.values().stream().filter(unit -> !inactiveUnits.contains(unit.id().value())).toList(),
                List.copyOf(places.values()),
                stations.entrySet().stream().filter(station -> !closedStations.contains(station.getKey()))
                        .map(station -> new Station(station.getKey(), station.getValue())).toList());
    }

    /** A payload as its contract record; only classes of the contract are ever loaded by name. */
    private Optional<Object> read(String payloadType, byte[] payload) {
        if (!payloadType.startsWith(EVENTS_PACKAGE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(payload, Class.forName(payloadType)));
        } catch (ClassNotFoundException | IOException unreadable) {
            return Optional.empty();
        }
    }
}
