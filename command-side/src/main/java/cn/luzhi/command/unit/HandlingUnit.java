package cn.luzhi.command.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.unit.DeactivateHandlingUnit;
import cn.luzhi.events.unit.HandlingUnitDeactivated;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitReactivated;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.events.unit.HandlingUnitRenamed;
import cn.luzhi.events.unit.HandlingUnitStatus;
import cn.luzhi.events.unit.ReactivateHandlingUnit;
import cn.luzhi.events.unit.RegisterHandlingUnit;
import cn.luzhi.events.unit.RenameHandlingUnit;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A handling unit (承办单位): a government department, the supervisory commission, the court or the
 * procuratorate that answers petitions and suggestions. Refusing to forward a case to a deactivated unit is
 * left to the API, since case aggregates cannot read this one.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class HandlingUnit {

    @AggregateIdentifier
    private HandlingUnitId handlingUnitId;
    private String name;
    private HandlingUnitStatus status;

    protected HandlingUnit() {
        // For Axon, which rebuilds the unit from its events.
    }

    @CommandHandler
    public HandlingUnit(RegisterHandlingUnit command) {
        apply(new HandlingUnitRegistered(command.handlingUnitId(), command.name(), command.kind(),
                command.regionId(), command.contactOffice()));
    }

    @CommandHandler
    public void handle(RenameHandlingUnit command) {
        requireStatus("改名", HandlingUnitStatus.ACTIVE);
        if (command.name().equals(name)) {
            throw CommandRefused.becauseOf("name", "新名称与现名称「" + name + "」相同，无需改名");
        }
        apply(new HandlingUnitRenamed(handlingUnitId, name, command.name()));
    }

    @CommandHandler
    public void handle(DeactivateHandlingUnit command) {
        requireStatus("停用", HandlingUnitStatus.ACTIVE);
        apply(new HandlingUnitDeactivated(handlingUnitId, command.reason()));
    }

    @CommandHandler
    public void handle(ReactivateHandlingUnit command) {
        requireStatus("重新启用", HandlingUnitStatus.INACTIVE);
        apply(new HandlingUnitReactivated(handlingUnitId, command.reason()));
    }

    private void requireStatus(String action, HandlingUnitStatus required) {
        if (status != required) {
            throw CommandRefused.because("承办单位「" + name + "」当前状态为「" + status.label() + "」，不能" + action);
        }
    }

    @EventSourcingHandler
    void on(HandlingUnitRegistered event) {
        handlingUnitId = event.handlingUnitId();
        name = event.name();
        status = HandlingUnitStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(HandlingUnitRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(HandlingUnitDeactivated event) {
        status = HandlingUnitStatus.INACTIVE;
    }

    @EventSourcingHandler
    void on(HandlingUnitReactivated event) {
        status = HandlingUnitStatus.ACTIVE;
    }
}
