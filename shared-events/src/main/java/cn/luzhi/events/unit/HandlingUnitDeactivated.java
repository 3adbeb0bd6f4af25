package cn.luzhi.events.unit;

import org.axonframework.serialization.Revision;

/** The unit was deactivated; cases already with it are not affected, new ones cannot be sent to it. */
@Revision("1")
public record HandlingUnitDeactivated(HandlingUnitId handlingUnitId, String reason) {
}
