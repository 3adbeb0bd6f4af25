package cn.luzhi.command.personaldata;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.petition.PetitionSubmitted;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The people a case names, read from its first event in the event store (the one that brought them in); a
 * legislative draft's are the citizens of its opinions, each brought in by the event that collected it.
 */
@Component
class CasePeople {

    /** A case's kind and the vault references of its people. */
    record People(String caseType, List<PersonRef> refs) {
    }

    static final String PETITION = "PETITION";
    static final String MEDIATION_CASE = "MEDIATION_CASE";
    static final String LEGISLATIVE_DRAFT = "LEGISLATIVE_DRAFT";

    private final EventStore eventStore;

    CasePeople(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The people of a petition or mediation case; empty for any other id. */
    Optional<People> of(String caseId) {
        return eventStore.readEvents(caseId, 0).asStream().limit(1).map(EventMessage::getPayload)
                .map(first -> first instanceof DraftOpenedForComment ? Optional.of(citizensOf(caseId))
                        : peopleIn(first))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private People citizensOf(String draftId) {
        return new People(LEGISLATIVE_DRAFT, eventStore.readEvents(draftId, 0).asStream()
                .map(EventMessage::getPayload)
                .filter(OpinionCollected.class::isInstance).map(OpinionCollected.class::cast)
                .map(OpinionCollected::citizen).filter(java.util.Objects::nonNull).toList());
    }

    private static Optional<People> peopleIn(Object firstEvent) {
        if (firstEvent instanceof PetitionSubmitted submitted) {
            return Optional.of(new People(PETITION, List.of(submitted.petitioner())));
        }
        if (firstEvent instanceof MediationCaseReferred referred) {
            return Optional.of(new People(MEDIATION_CASE, List.copyOf(referred.parties())));
        }
        return Optional.empty();
    }
}
