package cn.luzhi.query.cockpit;

import static cn.luzhi.query.support.KnownHistory.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssue;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.station.StationId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.KnownHistory;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Receptions among the cockpit's most active deputies and stations, for a history of its own in 2022 (a year no
 * other test fills) with deputies no other test counts: two deputies receive twelve citizens at 东城镇's station s-1.
 * A reception belongs to its station and to no region, so its acts count where the station is: in the district and
 * in 东城镇, not in 西城镇.
 */
class ReceptionCockpitIT extends CockpitHistoryIT {

    @Override
    long history(EventLog log) {
        return log.append(on("2022-05-10"), new ReceptionRecorded(ReceptionId.of("rcp-cockpit-1"),
                StationId.of("s-1"), on("2022-05-10"), List.of(DeputyId.of("d-rcp-1"), DeputyId.of("d-rcp-2")), 12,
                List.of(new ReceptionIssue("路灯不亮", "已联系社区维修"), new ReceptionIssue("停车难", null))));
    }

    @Test
    void shouldCountAReceptionsDeputiesAndStationWhereTheStationIs() {
        // Each receiving deputy earns luzhi.points.reception-held (4); the station saw two acts.
        String deputies = "[{\"deputyId\":\"d-rcp-1\",\"name\":null,\"points\":4},"
                + "{\"deputyId\":\"d-rcp-2\",\"name\":null,\"points\":4}]";
        String stations = "[{\"stationId\":\"s-1\",\"name\":\"东城镇代表之家\",\"activity\":2}]";
        for (String region : List.of(KnownHistory.DISTRICT, KnownHistory.EAST_TOWN)) {
            JsonNode summary = summary("regionId=" + region + "&period=YEAR&year=2022");
            assertThat(summary.get("topDeputies").toString()).as(region).isEqualTo(deputies);
            assertThat(summary.get("topStations").toString()).as(region).isEqualTo(stations);
            assertThat(summary.get("activity").toString()).as(region)
                    .isEqualTo("{\"activeDeputies\":2,\"activeStations\":1}");
        }

        JsonNode westTown = summary("regionId=" + KnownHistory.WEST_TOWN + "&period=YEAR&year=2022");
        assertThat(westTown.get("topDeputies")).isEmpty();
        assertThat(westTown.get("topStations")).isEmpty();
    }
}
