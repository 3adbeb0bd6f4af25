package cn.luzhi.query.duty;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityStatus;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.security.Viewers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deputies' activities (履职活动) as the clerk's list and case page and the deputy's phone read them. Clerks,
 * auditors and administrators see every activity, supervisors and leaders those of their region; a deputy sees
 * those they are invited to or recorded at, and those open to all (another is answered like a missing one).
 */
@RestController
@Transactional(readOnly = true)
class DutyActivityController {

    /** One activity in a list; {@code myAttendance} is the calling deputy's, null for staff or when not taken. */
    record DutyActivityItem(String activityId, DutyActivityKind kind, String kindLabel, String title,
                            Instant startsAt, Instant endsAt, String place, String regionId, boolean openToAll,
                            DutyActivityStatus status, String statusLabel, int invited, int present,
                            AttendanceStatus myAttendance) {
    }

    /** One deputy's line of the roll call; the status is null until taken. */
    record AttendanceLine(String deputyId, String name, boolean invited, AttendanceStatus status,
                          String statusLabel, String leaveReason, Instant checkedInAt) {
    }

    /**
     * An activity with its roll call, in invitation order, then the deputies who came uninvited; the last event
     * applied, so the case page knows when a roll call or a check-in it sent shows.
     */
    record DutyActivityDetail(DutyActivityItem activity, List<AttendanceLine> attendance, long lastGlobalIndex) {
    }

    private static final String ITEM = """
            SELECT a.activity_id, a.kind, a.title, a.starts_at, a.ends_at, a.place, a.region_id, a.open_to_all,
                   a.status, a.invited, a.present, m.status AS my_status
              FROM duty_activity a
              LEFT JOIN duty_attendance m ON m.activity_id = a.activity_id AND m.deputy_id = :me
            """;
    /** What a viewer sees: everything, their region's, or (a deputy) theirs and those open to all. */
    private static final String VISIBLE = """
             WHERE (:all OR (CAST(:region AS VARCHAR) IS NOT NULL AND a.region_id LIKE :region || '%')
                    OR (CAST(:me AS VARCHAR) IS NOT NULL AND (a.open_to_all OR m.deputy_id IS NOT NULL)))
            """;

    private final JdbcClient jdbc;
    private final Viewers viewers;

    DutyActivityController(JdbcClient jdbc, Viewers viewers) {
        this.jdbc = jdbc;
        this.viewers = viewers;
    }

    /**
     * The activities, soonest first from {@code from} (or every one, newest first, without it), optionally of
     * one status or kind; at most 500.
     */
    @GetMapping("/api/duty-activities")
    List<DutyActivityItem> list(@RequestParam(required = false) DutyActivityStatus status,
                                @RequestParam(required = false) DutyActivityKind kind,
                                @RequestParam(required = false) Instant from) {
        Viewer viewer = viewers.current();
        String order = from == null ? " ORDER BY a.starts_at DESC, a.activity_id" : " ORDER BY a.starts_at, a.activity_id";
        return visible(jdbc.sql(ITEM + VISIBLE + """
                           AND (CAST(:status AS VARCHAR) IS NULL OR a.status = :status)
                           AND (CAST(:kind AS VARCHAR) IS NULL OR a.kind = :kind)
                           AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR a.ends_at >= :from)
                        """ + order + " LIMIT 500"), viewer)
                .param("status", status == null ? null : status.name())
                .param("kind", kind == null ? null : kind.name())
                .param("from", from == null ? null : Timestamp.from(from))
                .query(DutyActivityController::item).list();
    }

    @GetMapping("/api/duty-activities/{activityId}")
    DutyActivityDetail detail(@PathVariable String activityId) {
        Viewer viewer = viewers.current();
        DutyActivityItem item = visible(jdbc.sql(ITEM + VISIBLE + " AND a.activity_id = :id"), viewer)
                .param("id", activityId).query(DutyActivityController::item).optional()
                .orElseThrow(() -> new NotFound("履职活动", activityId));
        List<AttendanceLine> attendance = jdbc.sql("""
                        SELECT t.deputy_id, d.name, t.invited, t.status, t.leave_reason, t.checked_in_at
                          FROM duty_attendance t LEFT JOIN deputy d ON d.deputy_id = t.deputy_id
                         WHERE t.activity_id = ?
                         ORDER BY t.invited DESC, d.name, t.deputy_id""")
                .param(activityId).query((rs, row) -> {
                    AttendanceStatus status = rs.getString(4) == null ? null
                            : AttendanceStatus.valueOf(rs.getString(4));
                    Timestamp checkedIn = rs.getTimestamp(6);
                    return new AttendanceLine(rs.getString(1), rs.getString(2), rs.getBoolean(3), status,
                            status == null ? "未点名" : status.label(), rs.getString(5),
                            checkedIn == null ? null : checkedIn.toInstant());
                }).list();
        long lastGlobalIndex = jdbc.sql("SELECT last_global_index FROM duty_activity WHERE activity_id = ?")
                .param(activityId).query(Long.class).single();
        return new DutyActivityDetail(item, attendance, lastGlobalIndex);
    }

    private static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec statement, Viewer viewer) {
        boolean deputy = viewer.role() == ActorRole.DEPUTY;
        return statement.param("all", viewer.districtWide())
                .param("region", viewer.regional() ? viewer.regionId() : null)
                .param("me", deputy ? viewer.deputyId() : null);
    }

    private static DutyActivityItem item(ResultSet rs, int row) throws SQLException {
        DutyActivityKind kind = DutyActivityKind.valueOf(rs.getString("kind"));
        DutyActivityStatus status = DutyActivityStatus.valueOf(rs.getString("status"));
        String mine = rs.getString("my_status");
        return new DutyActivityItem(rs.getString("activity_id"), kind, kind.label(), rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"), rs.getString("region_id"), rs.getBoolean("open_to_all"), status,
                status.label(), rs.getInt("invited"), rs.getInt("present"),
                mine == null ? null : AttendanceStatus.valueOf(mine));
    }
}
