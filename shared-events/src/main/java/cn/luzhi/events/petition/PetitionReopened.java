package cn.luzhi.events.petition;

import org.axonframework.serialization.Revision;

/** The petitioner was unsatisfied: the deputy handles the petition again (its round counter goes up). */
@Revision("1")
public record PetitionReopened(PetitionId petitionId, int round) {
}
