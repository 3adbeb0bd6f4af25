package cn.luzhi.query.reference;

import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative region as the region events left it. */
@Entity
@Table(name = "region")
public class RegionRow extends ProjectedRow {

    @Id
    String regionId;
    String name;
    @Enumerated(EnumType.STRING)
    RegionLevel level;
    String parentId;
    @Enumerated(EnumType.STRING)
    RegionStatus status;
    String mergedIntoId;

    protected RegionRow() {
        // For JPA.
    }

    RegionRow(String regionId, String name, RegionLevel level, String parentId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.regionId = regionId;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
        this.status = RegionStatus.ACTIVE;
    }

    public String regionId() {
        return regionId;
    }

    public String name() {
        return name;
    }

    public String parentId() {
        return parentId;
    }
}
