package cn.luzhi.query.duty;

import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A deputies' activity as its events left it, with its roll call. */
@Entity
@Table(name = "duty_activity")
public class DutyActivityRow extends ProjectedRow {

    @Id
    String activityId;
    @Enumerated(EnumType.STRING)
    DutyActivityKind kind;
    String title;
    Instant startsAt;
    Instant endsAt;
    String place;
    String regionId;
    boolean openToAll;
    @Enumerated(EnumType.STRING)
    DutyActivityStatus status;
    int invited;
    /** Deputies recorded present so far; fixed when closed. */
    int present;
    Instant scheduledAt;
    Instant closedAt;
    @ElementCollection
    @CollectionTable(name = "duty_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    List<AttendanceEntry> attendance = new ArrayList<>();

    protected DutyActivityRow() {
        // For JPA.
    }

    DutyActivityRow(String activityId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.activityId = activityId;
    }

    /** The deputy's entry, added (not invited) when the roll call or a check-in names a deputy first. */
    AttendanceEntry entryOf(String deputyId) {
        for (AttendanceEntry entry : attendance) {
            if (entry.deputyId.equals(deputyId)) {
                return entry;
            }
        }
        AttendanceEntry added = new AttendanceEntry(deputyId, false);
        attendance.add(added);
        return added;
    }
}
