package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the activity's rules need to know, as {@link DutyActivityLifecycle} folds it from the events.
 *
 * @param status     null before the activity is scheduled
 * @param startsAt   when it begins
 * @param endsAt     when it ends
 * @param invited    the deputies invited
 * @param openToAll  whether a deputy not invited may check in
 * @param attendance each deputy's attendance so far, by deputy id, in the order first recorded
 */
public record DutyActivityState(
        DutyActivityStatus status,
        Instant startsAt,
        Instant endsAt,
        List<DeputyId> invited,
        boolean openToAll,
        Map<String, AttendanceStatus> attendance) {

    public static final DutyActivityState NONE = new DutyActivityState(null, null, null, List.of(), false, Map.of());

    public DutyActivityState {
        invited = invited == null ? List.of() : List.copyOf(invited);
        // Ordered as first recorded, which Map.copyOf would not keep.
        attendance = attendance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
    }

    public boolean exists() {
        return status != null;
    }

    /** The deputies recorded present, in the order first recorded. */
    public List<DeputyId> present() {
        return attendance.entrySet().stream().filter(entry -> entry.getValue() == AttendanceStatus.PRESENT)
                .map(entry -> DeputyId.of(entry.getKey())).toList();
    }

    DutyActivityState withStatus(DutyActivityStatus next) {
        return new DutyActivityState(next, startsAt, endsAt, invited, openToAll, attendance);
    }

    DutyActivityState withAttendance(DeputyId deputy, AttendanceStatus next) {
        Map<String, AttendanceStatus> changed = new LinkedHashMap<>(attendance);
        changed.put(deputy.value(), next);
        return new DutyActivityState(status, startsAt, endsAt, invited, openToAll, changed);
    }
}
