package cn.luzhi.query.reference;

import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.HandlingUnitStatus;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A handling unit as the unit events left it. */
@Entity
@Table(name = "handling_unit")
public class HandlingUnitRow extends ProjectedRow {

    @Id
    String unitId;
    String name;
    @Enumerated(EnumType.STRING)
    HandlingUnitKind kind;
    String regionId;
    String contactOffice;
    @Enumerated(EnumType.STRING)
    HandlingUnitStatus status;

    protected HandlingUnitRow() {
        // For JPA.
    }

    HandlingUnitRow(String unitId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.unitId = unitId;
        this.status = HandlingUnitStatus.ACTIVE;
    }

    public String unitId() {
        return unitId;
    }

    public String name() {
        return name;
    }
}
