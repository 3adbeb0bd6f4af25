package cn.luzhi.command.qrcode;

import cn.luzhi.events.deputy.DeputyQrCodeReissued;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationQrCodeReissued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code qr_code}: the one current token of every station and deputy, and the deputy's station. It runs in a
 * subscribing processor, so the row changes in the transaction of the event itself: the moment a token is
 * reissued the old one leads nowhere, on every node. A failure here rolls the command back (see
 * {@link QrCodeConfiguration}) rather than leave a token that no printed code can reach.
 */
@Component
@ProcessingGroup(QrCodeOwners.PROCESSING_GROUP)
class QrCodeOwners {

    static final String PROCESSING_GROUP = "qr-code-owners";

    private final JdbcClient jdbc;

    QrCodeOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StationOpened event) {
        insert(event.stationId().value(), QrOwnerKind.STATION, event.qrToken(), event.stationId().value());
    }

    @EventHandler
    void on(StationQrCodeReissued event) {
        replaceToken(event.stationId().value(), event.qrToken());
    }

    @EventHandler
    void on(DeputyRegistered event) {
        insert(event.deputyId().value(), QrOwnerKind.DEPUTY, event.qrToken(), event.stationId().value());
    }

    @EventHandler
    void on(DeputyQrCodeReissued event) {
        replaceToken(event.deputyId().value(), event.qrToken());
    }

    @EventHandler
    void on(DeputyTransferred event) {
        jdbc.sql("UPDATE qr_code SET station_id = ? WHERE owner_id = ?")
                .params(event.toStationId().value(), event.deputyId().value())
                .update();
    }

    private void insert(String ownerId, QrOwnerKind kind, String token, String stationId) {
        jdbc.sql("INSERT INTO qr_code (owner_id, owner_kind, token, station_id) VALUES (?, ?, ?, ?)")
                .params(ownerId, kind.name(), token, stationId)
                .update();
    }

    private void replaceToken(String ownerId, String token) {
        jdbc.sql("UPDATE qr_code SET token = ? WHERE owner_id = ?").params(token, ownerId).update();
    }
}
