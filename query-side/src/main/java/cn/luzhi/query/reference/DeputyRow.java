package cn.luzhi.query.reference;

import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyStatus;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A deputy's public particulars as the deputy events left them. The mobile phone stays in the personal-data
 * vault; a deputy whose term ended keeps the last station, so past activity still counts for it.
 */
@Entity
@Table(name = "deputy")
public class DeputyRow extends ProjectedRow {

    @Id
    String deputyId;
    String name;
    @Enumerated(EnumType.STRING)
    Gender gender;
    String ethnicity;
    @Enumerated(EnumType.STRING)
    DeputyLevel level;
    String constituency;
    String stationId;
    @Enumerated(EnumType.STRING)
    ProfessionalGroup professionalGroup;
    Integer termNumber;
    Integer termStartYear;
    Integer termEndYear;
    boolean mediator;
    @Enumerated(EnumType.STRING)
    DeputyStatus status;

    protected DeputyRow() {
        // For JPA.
    }

    DeputyRow(String deputyId, long lastGlobalIndex) {
        super(lastGlobalIndex);
        this.deputyId = deputyId;
        this.status = DeputyStatus.SERVING;
    }

    public String deputyId() {
        return deputyId;
    }

    public String name() {
        return name;
    }
}
