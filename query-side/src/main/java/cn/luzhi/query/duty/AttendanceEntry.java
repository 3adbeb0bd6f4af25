package cn.luzhi.query.duty;

import cn.luzhi.events.duty.AttendanceStatus;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One deputy's line of an activity's roll call; the status is null until recorded. */
@Embeddable
public class AttendanceEntry {

    String deputyId;
    boolean invited;
    @Enumerated(EnumType.STRING)
    AttendanceStatus status;
    String leaveReason;
    Instant checkedInAt;
    Instant recordedAt;

    protected AttendanceEntry() {
        // For JPA.
    }

    AttendanceEntry(String deputyId, boolean invited) {
        this.deputyId = deputyId;
        this.invited = invited;
    }
}
