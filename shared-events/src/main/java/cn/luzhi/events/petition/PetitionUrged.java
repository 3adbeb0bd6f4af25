package cn.luzhi.events.petition;

import org.axonframework.serialization.Revision;

/** Urged while in {@code status}, so a supervisor sees which step was slow. */
@Revision("1")
public record PetitionUrged(PetitionId petitionId, PetitionStatus status, String comment) {
}
