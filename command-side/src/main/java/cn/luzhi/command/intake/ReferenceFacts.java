package cn.luzhi.command.intake;

import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRenamed;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What the intake shows of a station, a deputy, a region or a handling unit, folded from the record's own events
 * in the event store (the command side never reads the query side's tables). Records have few events, and
 * reading from sequence 0 skips snapshots, whose payload is an aggregate rather than an event.
 */
@Component
class ReferenceFacts {

    /** A station as a citizen sees it. */
    record Station(String id, String name, String regionId, boolean open) {
    }

    /** A deputy as a citizen sees them: the name and the station they are attached to. */
    record Deputy(String id, String name, String stationId, boolean serving) {
    }

    private final EventStore eventStore;

    ReferenceFacts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<Station> station(String id) {
        return fold(id, (Station station, Object event) -> {
            if (event instanceof StationOpened opened) {
                return new Station(id, opened.name(), opened.regionId().value(), true);
            } else if (event instanceof StationRenamed renamed) {
                return new Station(id, renamed.name(), station.regionId(), station.open());
            } else if (event instanceof StationMoved moved) {
                return new Station(id, station.name(), moved.regionId().value(), station.open());
            } else if (event instanceof StationClosed || event instanceof StationReopened) {
                return new Station(id, station.name(), station.regionId(), event instanceof StationReopened);
            }
            return station;
        });
    }

    Optional<Deputy> deputy(String id) {
        return fold(id, (Deputy deputy, Object event) -> {
            if (event instanceof DeputyRegistered registered) {
                return new Deputy(id, registered.name(), registered.stationId().value(), true);
            } else if (event instanceof DeputyTransferred moved) {
                return new Deputy(id, deputy.name(), moved.toStationId().value(), deputy.serving());
            } else if (event instanceof DeputyTermEnded || event instanceof DeputyMandateTerminated) {
                return new Deputy(id, deputy.name(), deputy.stationId(), false);
            }
            return deputy;
        });
    }

    /** The region's current name, or its code when it has no events. */
    String regionName(String id) {
        return currentName(id, RegionRegistered.class, RegionRegistered::name, RegionRenamed.class, RegionRenamed::name);
    }

    /** The handling unit's current name (a public department, court or procuratorate), or its id. */
    String unitName(String id) {
        return currentName(id, HandlingUnitRegistered.class, HandlingUnitRegistered::name, HandlingUnitRenamed.class,
                HandlingUnitRenamed::name);
    }

    private <R, N> String currentName(String id, Class<R> registered, Function<R, String> nameAtRegistration,
                                      Class<N> renamed, Function<N, String> newName) {
        return this.<String>fold(id, (name, event) -> {
            if (registered.isInstance(event)) {
                return nameAtRegistration.apply(registered.cast(event));
            }
            return renamed.isInstance(event) ? newName.apply(renamed.cast(event)) : name;
        }).orElse(id);
    }

    private <T> Optional<T> fold(String aggregateId, BiFunction<T, Object, T> step) {
        T state = null;
        var events = eventStore.readEvents(aggregateId, 0);
        while (events.hasNext()) {
            state = step.apply(state, events.next().getPayload());
        }
        return Optional.ofNullable(state);
    }
}
