package cn.luzhi.command.station;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.qrcode.QrTokens;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.CloseStation;
import cn.luzhi.events.station.DesignateLiaisonPoint;
import cn.luzhi.events.station.LiaisonPointDesignated;
import cn.luzhi.events.station.LiaisonPointRevoked;
import cn.luzhi.events.station.RevokeLiaisonPoint;
import cn.luzhi.events.station.MoveStation;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.ReissueStationQrCode;
import cn.luzhi.events.station.RenameStation;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A deputies' station (代表之家/代表联络站/代表工作站) where citizens meet deputies: opened with its QR code
 * (家站码), renamed, moved, given a new QR code, closed and reopened. Which deputies are on duty is recorded
 * as station receptions, not here; whether a region exists is left to the API.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Station {

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
