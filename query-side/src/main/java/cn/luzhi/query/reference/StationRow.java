package cn.luzhi.query.reference;

import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationSetting;
import cn.luzhi.events.station.StationStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A deputies' station as the station events left it (its QR token stays with the command side). */
@Entity
@Table(name = "station")
public class StationRow extends ProjectedRow {

    @Id
    String stationId;
    String name;
    @Enumerated(EnumType.STRING)
    StationKind kind;
    @Enumerated(EnumType.STRING)
    StationSetting setting;
    @Enumerated(EnumType.STRING)
    RegionTier level;
    String regionId;
    String address;
    LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    StationStatus status;
    /** A grassroots legislative liaison point (基层立法联系点). */
    boolean liaisonPoint;

    protected StationRow() {
        // For JPA.
    }

    StationRow(String stationId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.stationId = stationId;
        this.status = StationStatus.OPEN;
    }

    public String stationId() {
        return stationId;
    }

    public String name() {
        return name;
    }
}
