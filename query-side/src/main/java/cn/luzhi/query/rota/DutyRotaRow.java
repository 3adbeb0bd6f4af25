package cn.luzhi.query.rota;

import cn.luzhi.query.common.ProjectedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A station's duty rota: every deputy on duty on every day its publications name. */
@Entity
@Table(name = "station_duty_rota")
public class DutyRotaRow extends ProjectedRow {

    @Id
    String stationId;
    @ElementCollection
    @CollectionTable(name = "station_duty_shift", joinColumns = @JoinColumn(name = "station_id"))
    List<Shift> shifts = new ArrayList<>();

    protected DutyRotaRow() {
        // For JPA.
    }

    DutyRotaRow(String stationId, long globalIndex) {
        super(globalIndex);
        this.stationId = stationId;
    }

    /** One deputy on duty on one day, at {@code seq} among that day's deputies. */
    @Embeddable
    public static class Shift {
        LocalDate dutyDate;
        int seq;
        String deputyId;
        String hours;

        protected Shift() {
            // For JPA.
        }

        Shift(LocalDate dutyDate, int seq, String deputyId, String hours) {
            this.dutyDate = dutyDate;
            this.seq = seq;
            this.deputyId = deputyId;
            this.hours = hours;
        }
    }
}
