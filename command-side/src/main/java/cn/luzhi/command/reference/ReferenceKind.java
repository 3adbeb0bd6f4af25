package cn.luzhi.command.reference;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionRetired;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data a case may point to, and how to tell from a record's own events whether it is in use:
 * a record is usable when the latest of its status events is one of {@code usableAfter}.
 */
enum ReferenceKind {
    REGION(RegionId.class, "行政区划", "不存在或已撤并",
            List.of(RegionRegistered.class, RegionRetired.class), Set.of(RegionRegistered.class)),
    STATION(StationId.class, "站点", "不存在或已关闭",
            List.of(StationOpened.class, StationClosed.class, StationReopened.class),
            Set.of(StationOpened.class, StationReopened.class)),
    DEPUTY(DeputyId.class, "代表", "不存在或已不在任",
            List.of(DeputyRegistered.class, DeputyMandateTerminated.class, DeputyTermEnded.class),
            Set.of(DeputyRegistered.class)),
    UNIT(HandlingUnitId.class, "承办单位", "不存在或已停用",
            List.of(HandlingUnitRegistered.class, HandlingUnitDeactivated.class, HandlingUnitReactivated.class),
            Set.of(HandlingUnitRegistered.class, HandlingUnitReactivated.class));

    private final Class<?> idType;
    private final String label;
    private final String unusable;
    private final List<String> statusEvents;
    private final Set<String> usableAfter;

    ReferenceKind(Class<?> idType, String label, String unusable, List<Class<?>> statusEvents,
                  Set<Class<?>> usableAfter) {
        this.idType = idType;
        this.label = label;
        this.unusable = unusable;
        this.statusEvents = statusEvents.stream().map(Class::getName).toList();
        this.usableAfter = usableAfter.stream().map(Class::getName).collect(java.util.stream.Collectors.toSet());
    }

    static Optional<ReferenceKind> ofIdType(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.idType == type).findFirst();
    }

    List<String> statusEvents() {
        return statusEvents;
    }

    boolean usableAfter(String latestStatusEvent) {
        return usableAfter.contains(latestStatusEvent);
    }

    String registeredEvent() {
        return statusEvents.get(0);
    }

    /** What a clerk reads when the reference is refused, e.g. 代表「d-1」不存在或已不在任. */
    String refusal(String id) {
        return label + "「" + id + "」" + unusable;
    }
}
