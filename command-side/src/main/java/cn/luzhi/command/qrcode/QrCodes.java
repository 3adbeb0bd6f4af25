package cn.luzhi.command.qrcode;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Looks up {@code qr_code}: where a scanned token leads, an owner's current token, a station's deputies. */
@Repository
public class QrCodes {

    /** The record a current token leads to. */
    public record QrCode(String ownerId, QrOwnerKind kind, String token, String stationId) {
    }

    private final JdbcClient jdbc;

    QrCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The station or deputy whose current token this is; empty for a reissued or unknown token. */
    public Optional<QrCode> byToken(String token) {
        return jdbc.sql("SELECT owner_id, owner_kind, token, station_id FROM qr_code WHERE token = ?")
                .param(token)
                .query(QrCodes::row).optional();
    }

    /** The current code of a station or deputy of that kind. */
    public Optional<QrCode> byOwner(QrOwnerKind kind, String ownerId) {
        return jdbc.sql("SELECT owner_id, owner_kind, token, station_id FROM qr_code WHERE owner_id = ? AND owner_kind = ?")
                .params(ownerId, kind.name())
                .query(QrCodes::row).optional();
    }

    /** The codes of the deputies whose station this is now, in id order. */
    public List<QrCode> deputiesOf(String stationId) {
        return jdbc.sql("""
                        SELECT owner_id, owner_kind, token, station_id FROM qr_code
                         WHERE station_id = ? AND owner_kind = 'DEPUTY' ORDER BY owner_id""")
                .param(stationId)
                .query(QrCodes::row).list();
    }

    private static QrCode row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new QrCode(rs.getString(1), QrOwnerKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4));
    }
}
