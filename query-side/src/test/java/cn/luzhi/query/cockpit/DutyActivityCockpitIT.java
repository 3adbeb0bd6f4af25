package cn.luzhi.query.cockpit;

import static cn.luzhi.query.support.KnownHistory.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityCancelled;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.KnownHistory;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deputies' activities on the cockpit, for a history of its own in 2024 (a year the known history leaves empty) with
 * deputies no other test counts: in 河东村 an inspection (3 invited: 2 present, 1 on leave) and a training (2
 * invited: 1 checked in, 1 never recorded, so absent), a survey cancelled and a sitting never closed; in 西城镇 a
 * sitting (1 invited, present).
 */
class DutyActivityCockpitIT extends CockpitHistoryIT {

    private static final DeputyId A = DeputyId.of("d-act-1");
    private static final DeputyId B = DeputyId.of("d-act-2");
    private static final DeputyId C = DeputyId.of("d-act-3");

    @Override
    long history(EventLog log) {
        DutyActivityId inspection = scheduled(log, "act-1", DutyActivityKind.INSPECTION, KnownHistory.VILLAGE,
                "2024-04-10", A, B, C);
        log.append(on("2024-04-10"), new DeputyCheckedInToActivity(inspection, A));
        log.append(on("2024-04-10"), new AttendanceRecorded(inspection, B, AttendanceStatus.PRESENT, null));
        log.append(on("2024-04-10"), new AttendanceRecorded(inspection, C, AttendanceStatus.ON_LEAVE, "外出学习"));
        log.append(on("2024-04-11"), new DutyActivityClosed(inspection, List.of(A, B)));

        DutyActivityId training = scheduled(log, "act-2", DutyActivityKind.TRAINING, KnownHistory.VILLAGE,
                "2024-05-20", A, C);
        log.append(on("2024-05-20"), new DeputyCheckedInToActivity(training, C));
        log.append(on("2024-05-21"), new DutyActivityClosed(training, List.of(C)));

        DutyActivityId survey = scheduled(log, "act-3", DutyActivityKind.SURVEY, KnownHistory.VILLAGE,
                "2024-06-03", A, B);
        log.append(on("2024-06-01"), new DutyActivityCancelled(survey));
        scheduled(log, "act-4", DutyActivityKind.SITTING, KnownHistory.VILLAGE, "2024-07-01", A);

        DutyActivityId sitting = scheduled(log, "act-5", DutyActivityKind.SITTING, KnownHistory.WEST_TOWN,
                "2024-08-08", B);
        log.append(on("2024-08-08"), new AttendanceRecorded(sitting, B, AttendanceStatus.PRESENT, null));
        return log.append(on("2024-08-09"), new DutyActivityClosed(sitting, List.of(B)));
    }

    private static DutyActivityId scheduled(EventLog log, String id, DutyActivityKind kind, String regionId,
                                            String date, DeputyId... invited) {
        DutyActivityId activity = DutyActivityId.of(id);
        log.append(on(date).minusSeconds(7L * 86_400), new DutyActivityScheduled(activity, kind, "活动" + id,
                on(date), on(date).plusSeconds(3 * 3600), "会议室", RegionId.of(regionId), List.of(invited), false));
        return activity;
    }

    @Test
    void shouldCountTheDistrictsActivitiesHeldByKindWithTheirAttendance() {
        JsonNode activities = summary("regionId=150102&period=YEAR&year=2024").get("dutyActivities");

        // Held: the three closed ones. Expected 3 + 2 + 1 = 6, present 2 + 1 + 1 = 4: 66.666… half up 66.7.
        assertThat(activities.get("held").asLong()).isEqualTo(3);
        assertThat(activities.get("expected").asLong()).isEqualTo(6);
        assertThat(activities.get("present").asLong()).isEqualTo(4);
        assertThat(activities.get("attendanceRate").toString()).isEqualTo("66.7");
        assertThat(activities.get("byKind").toString()).isEqualTo("["
                + "{\"kind\":\"SITTING\",\"label\":\"列席会议\",\"held\":1,\"expected\":1,\"present\":1},"
                + "{\"kind\":\"INSPECTION\",\"label\":\"视察\",\"held\":1,\"expected\":3,\"present\":2},"
                + "{\"kind\":\"LAW_ENFORCEMENT_CHECK\",\"label\":\"执法检查\",\"held\":0,\"expected\":0,\"present\":0},"
                + "{\"kind\":\"SURVEY\",\"label\":\"调研\",\"held\":0,\"expected\":0,\"present\":0},"
                + "{\"kind\":\"TRAINING\",\"label\":\"学习培训\",\"held\":1,\"expected\":2,\"present\":1}]");
    }

    @Test
    void shouldCountOnlyTheRegionsActivitiesAndNoRateWithoutAny() {
        JsonNode village = summary("regionId=" + KnownHistory.VILLAGE + "&period=YEAR&year=2024")
                .get("dutyActivities");
        // 3 of 5 present: 60.0.
        assertThat(village.get("held").asLong()).isEqualTo(2);
        assertThat(village.get("attendanceRate").toString()).isEqualTo("60.0");

        JsonNode none = summary("regionId=" + KnownHistory.VILLAGE + "&period=YEAR&year=2023").get("dutyActivities");
        assertThat(none.get("held").asLong()).isZero();
        assertThat(none.get("attendanceRate").isNull()).isTrue();
        assertThat(none.get("byKind")).hasSize(DutyActivityKind.values().length);
    }
}
