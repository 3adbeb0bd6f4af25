package cn.luzhi.command.imports;

import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyProfessionalGroupChanged;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current state of the reference records an import compares its rows with, folded from each record's own
 * events in the event store (the command side reads no projection). One instance per import: it caches what it
 * folded, so a file naming one station 500 times reads it once.
 */
final class ReferenceStates {

    record DeputyState(long version, DeputyRegistered registered, String stationId, Object group, boolean inOffice,
                       boolean inPool) {
    }

    record StationState(long version, StationOpened opened, String name, String regionId, String address,
                        boolean open) {
    }

    record UnitState(long version, HandlingUnitRegistered registered, String name, boolean active) {
    }

    /** Stands for a name two open stations share, in the name index. */
    private static final String AMBIGUOUS = "\u0000ambiguous";

    private final EventStore events;
    private final JdbcClient jdbc;
    private final Map<String, Optional<?>> folded = new HashMap<>();
    private Map<String, String> stationIdsByName;

    ReferenceStates(EventStore events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    Optional<DeputyState> deputy(String id) {
        return cached("deputy:" + id, () -> {
            DeputyState state = null;
            for (DomainEventMessage<?> event : history(id)) {
                Object payload = event.getPayload();
                long version = event.getSequenceNumber();
                if (payload instanceof DeputyRegistered registered) {
                    state = new DeputyState(version, registered, registered.stationId().value(),
                            registered.professionalGroup(), true, false);
                } else if (state == null) {
                    return Optional.empty();
                } else if (payload instanceof DeputyTransferred transferred) {
                    state = new DeputyState(version, state.registered(), transferred.toStationId().value(),
                            state.group(), state.inOffice(), state.inPool());
                } else if (payload instanceof DeputyProfessionalGroupChanged changed) {
                    state = new DeputyState(version, state.registered(), state.stationId(),
                            changed.professionalGroup(), state.inOffice(), state.inPool());
                } else if (payload instanceof DeputyAddedToMediatorPool || payload instanceof DeputyRemovedFromMediatorPool) {
                    state = new DeputyState(version, state.registered(), state.stationId(), state.group(),
                            state.inOffice(), payload instanceof DeputyAddedToMediatorPool);
                } else if (payload instanceof DeputyTermEnded || payload instanceof DeputyMandateTerminated) {
                    state = new DeputyState(version, state.registered(), state.stationId(), state.group(), false,
                            state.inPool());
                } else {
                    state = new DeputyState(version, state.registered(), state.stationId(), state.group(),
                            state.inOffice(), state.inPool());
                }
            }
            return Optional.ofNullable(state);
        });
    }

    Optional<StationState> station(String id) {
        return cached("station:" + id, () -> {
            StationState state = null;
            for (DomainEventMessage<?> event : history(id)) {
                Object payload = event.getPayload();
                long version = event.getSequenceNumber();
                if (payload instanceof StationOpened opened) {
                    state = new StationState(version, opened, opened.name(), opened.regionId().value(),
                            opened.address(), true);
                } else if (state == null) {
                    return Optional.empty();
                } else if (payload instanceof StationRenamed renamed) {
                    state = new StationState(version, state.opened(), renamed.name(), state.regionId(),
                            state.address(), state.open());
                } else if (payload instanceof StationMoved moved) {
                    state = new StationState(version, state.opened(), state.name(), moved.regionId().value(),
                            moved.address(), state.open());
                } else if (payload instanceof StationClosed || payload instanceof StationReopened) {
                    state = new StationState(version, state.opened(), state.name(), state.regionId(),
                            state.address(), payload instanceof StationReopened);
                } else {
                    state = new StationState(version, state.opened(), state.name(), state.regionId(),
                            state.address(), state.open());
                }
            }
            return Optional.ofNullable(state);
        });
    }

    Optional<UnitState> unit(String id) {
        return cached("unit:" + id, () -> {
            UnitState state = null;
            for (DomainEventMessage<?> event : history(id)) {
                Object payload = event.getPayload();
                long version = event.getSequenceNumber();
                if (payload instanceof HandlingUnitRegistered registered) {
                    state = new UnitState(version, registered, registered.name(), true);
                } else if (state == null) {
                    return Optional.empty();
                } else if (payload instanceof HandlingUnitRenamed renamed) {
                    state = new UnitState(version, state.registered(), renamed.name(), state.active());
                } else if (payload instanceof HandlingUnitDeactivated || payload instanceof HandlingUnitReactivated) {
                    state = new UnitState(version, state.registered(), state.name(),
                            payload instanceof HandlingUnitReactivated);
                } else {
                    state = new UnitState(version, state.registered(), state.name(), state.active());
                }
            }
            return Optional.ofNullable(state);
        });
    }

    /** Whether the region is registered and not retired. */
    boolean regionUsable(String id) {
        return cached("region:" + id, () -> {
            Boolean usable = null;
            for (DomainEventMessage<?> event : history(id)) {
                if (event.getPayload() instanceof RegionRegistered) {
                    usable = true;
                } else if (usable == null) {
                    return Optional.empty();
                } else if (event.getPayload() instanceof RegionRetired) {
                    usable = false;
                }
            }
            return Optional.ofNullable(usable);
        }).map(Boolean.class::cast).orElse(false);
    }

    /**
     * The open station a deputy row names, by its id or by its current name; empty when there is none or when two
     * open stations share the name (the row must then give the id).
     */
    Optional<String> openStationNamed(String nameOrId) {
        if (station(nameOrId).filter(StationState::open).isPresent()) {
            return Optional.of(nameOrId);
        }
        if (stationIdsByName == null) {
            stationIdsByName = new HashMap<>();
            List<String> ids = jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type = ?")
                    .param(StationOpened.class.getName()).query(String.class).list();
            for (String id : ids) {
                station(id).filter(StationState::open).ifPresent(state ->
                        stationIdsByName.merge(state.name(), id, (first, second) -> AMBIGUOUS));
            }
        }
        return Optional.ofNullable(stationIdsByName.get(nameOrId)).filter(id -> !id.equals(AMBIGUOUS));
    }

    boolean stationNameAmbiguous(String name) {
        return AMBIGUOUS.equals(stationIdsByName == null ? null : stationIdsByName.get(name));
    }

    /** Every event from the first, never from a snapshot: the folds above know the events, not the aggregates. */
    private List<? extends DomainEventMessage<?>> history(String id) {
        return events.readEvents(id, 0).asStream().toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> cached(String key, java.util.function.Supplier<Optional<T>> fold) {
        return (Optional<T>) folded.computeIfAbsent(key, ignored -> fold.get());
    }

    /** Makes one {@link ReferenceStates} per import. */
    @Component
    static class Factory {

        private final EventStore events;
        private final JdbcClient jdbc;

        Factory(EventStore events, JdbcClient jdbc) {
            this.events = events;
            this.jdbc = jdbc;
        }

        ReferenceStates create() {
            return new ReferenceStates(events, jdbc);
        }
    }
}
