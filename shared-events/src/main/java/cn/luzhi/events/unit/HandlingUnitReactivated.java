package cn.luzhi.events.unit;

import org.axonframework.serialization.Revision;

/** The deactivated unit can be assigned cases again. */
@Revision("1")
public record HandlingUnitReactivated(HandlingUnitId handlingUnitId, String reason) {
}
