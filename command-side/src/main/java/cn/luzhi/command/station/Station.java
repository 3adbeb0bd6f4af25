package cn.luzhi.command.station;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.qrcode.QrTokens;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.CloseStation;
import cn.luzhi.events.station.DesignateLiaisonPoint;
import cn.luzhi.events.station.DutyDay;
import cn.luzhi.events.station.DutyRotaPublished;
import cn.luzhi.events.station.LiaisonPointDesignated;
import cn.luzhi.events.station.LiaisonPointRevoked;
import cn.luzhi.events.station.RevokeLiaisonPoint;
import cn.luzhi.events.station.MoveStation;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.ReissueStationQrCode;
import cn.luzhi.events.station.RenameStation;
import cn.luzhi.events.station.PublishDutyRota;
import cn.luzhi.events.station.ReopenStation;
import cn.luzhi.events.station.StationClosed;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationMoved;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationQrCodeReissued;
import cn.luzhi.events.station.StationRenamed;
import cn.luzhi.events.station.StationReopened;
import cn.luzhi.events.station.StationStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A deputies' station (代表之家/代表联络站/代表工作站) where citizens meet deputies: opened with its QR code
 * (家站码), renamed, moved, given a new QR code, closed and reopened; its clerk publishes the duty rota of the
 * deputies who receive citizens there. Receptions held are recorded as station receptions, not here; whether a
 * region or a deputy exists is left to the API.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Station {

    /** The longest period one rota covers: two months, so that a month's rota can be published early. */
    static final int MAX_ROTA_DAYS = 62;
    private static final ZoneId CALENDAR = ChinaCalendar.ZONE;

    @AggregateIdentifier
    private StationId stationId;
    private String name;
    private RegionId regionId;
    private String address;
    private StationStatus status;
    /** A grassroots legislative liaison point (基层立法联系点): drafts may be opened for comment here. */
    private boolean liaisonPoint;

    protected Station() {
        // For Axon, which rebuilds the station from its events.
    }

    @CommandHandler
    public Station(OpenStation command, QrTokens qrTokens) {
        if (!command.setting().allows(command.level())) {
            throw CommandRefused.becauseOf("level", "站点设在「" + command.setting().label() + "」，级别不能为「"
                    + command.level().label() + "」");
        }
        apply(new StationOpened(command.stationId(), command.name(), command.kind(), command.setting(),
                command.level(), command.regionId(), command.address(), command.openedOn(), qrTokens.next()));
    }

    @CommandHandler
    public void handle(RenameStation command) {
        requireOpen("改名");
        if (command.name().equals(name)) {
            throw CommandRefused.becauseOf("name", "新名称与现名称「" + name + "」相同，无需改名");
        }
        apply(new StationRenamed(stationId, name, command.name()));
    }

    @CommandHandler
    public void handle(MoveStation command) {
        requireOpen("迁址");
        if (command.regionId().equals(regionId) && command.address().equals(address)) {
            throw CommandRefused.becauseOf("address", "新地址和所属行政区划与现在相同，无需迁址");
        }
        apply(new StationMoved(stationId, regionId, address, command.regionId(), command.address()));
    }

    @CommandHandler
    public void handle(ReissueStationQrCode command, QrTokens qrTokens) {
        requireOpen("重新生成家站码");
        apply(new StationQrCodeReissued(stationId, qrTokens.next(), command.reason()));
    }

    @CommandHandler
    public void handle(CloseStation command) {
        requireOpen("关闭");
        apply(new StationClosed(stationId, command.reason()));
    }

    @CommandHandler
    public void handle(ReopenStation command) {
        if (status != StationStatus.CLOSED) {
            throw refusal("重新开放");
        }
        apply(new StationReopened(stationId, command.reason()));
    }

    // Legislative liaison point (基层立法联系点): designation and revocation.

    @CommandHandler
    public void handle(DesignateLiaisonPoint command) {
        requireOpen("设为基层立法联系点");
        if (liaisonPoint) {
            throw CommandRefused.because("站点「" + name + "」已是基层立法联系点");
        }
        apply(new LiaisonPointDesignated(stationId, command.reason()));
    }

    /** Allowed on a closed station too, so that a closed one can be taken off the list of liaison points. */
    @CommandHandler
    public void handle(RevokeLiaisonPoint command) {
        if (!liaisonPoint) {
            throw CommandRefused.because("站点「" + name + "」不是基层立法联系点");
        }
        apply(new LiaisonPointRevoked(stationId, command.reason()));
    }

    @EventSourcingHandler
    void on(LiaisonPointDesignated event) {
        liaisonPoint = true;
    }

    @EventSourcingHandler
    void on(LiaisonPointRevoked event) {
        liaisonPoint = false;
    }

    // End of the liaison point block.

    // Duty rota (接待值班表): which deputies receive citizens on which days.

    @CommandHandler
    public void handle(PublishDutyRota command) {
        requireOpen("发布接待值班表");
        LocalDate today = LocalDate.now(GenericEventMessage.clock.withZone(CALENDAR));
        if (command.from().isBefore(today)) {
            throw CommandRefused.becauseOf("from", "开始日期不能早于今天（" + today + "），已过去的值班安排不能改");
        }
        if (command.to().isBefore(command.from())) {
            throw CommandRefused.becauseOf("to", "结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(command.from(), command.to()) >= MAX_ROTA_DAYS) {
            throw CommandRefused.becauseOf("to", "一次发布的值班表最多覆盖" + MAX_ROTA_DAYS + "天");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < command.days().size(); i++) {
            LocalDate date = command.days().get(i).date();
            if (date.isBefore(command.from()) || date.isAfter(command.to())) {
                throw CommandRefused.becauseOf("days[" + i + "].date", "值班日期" + date + "不在" + command.from()
                        + "至" + command.to() + "之间");
            }
            if (!dates.add(date)) {
                throw CommandRefused.becauseOf("days[" + i + "].date", "值班日期" + date + "重复，每天只能安排一次");
            }
            DutyDay day = command.days().get(i);
            if (Set.copyOf(day.deputyIds()).size() != day.deputyIds().size()) {
                throw CommandRefused.becauseOf("days[" + i + "].deputyIds", date + "的值班代表有重复");
            }
        }
        apply(new DutyRotaPublished(stationId, command.from(), command.to(),
                command.days().stream().sorted(Comparator.comparing(DutyDay::date)).toList(),
                command.reason()));
    }

    private void requireOpen(String action) {
        if (status != StationStatus.OPEN) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because("站点「" + name + "」当前状态为「" + status.label() + "」，不能" + action);
    }

    @EventSourcingHandler
    void on(StationOpened event) {
        stationId = event.stationId();
        name = event.name();
        regionId = event.regionId();
        address = event.address();
        status = StationStatus.OPEN;
    }

    @EventSourcingHandler
    void on(StationRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(StationMoved event) {
        regionId = event.regionId();
        address = event.address();
    }

    @EventSourcingHandler
    void on(StationClosed event) {
        status = StationStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(StationReopened event) {
        status = StationStatus.OPEN;
    }
}
