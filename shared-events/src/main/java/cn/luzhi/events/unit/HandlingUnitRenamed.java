package cn.luzhi.events.unit;

import org.axonframework.serialization.Revision;

/** The unit was renamed from {@code previousName} to {@code name}. */
@Revision("1")
public record HandlingUnitRenamed(HandlingUnitId handlingUnitId, String previousName, String name) {
}
