package cn.luzhi.command.personaldata;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.petition.PetitionSubmitted;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The people a case names, read from its first event in the event store (the one that brought them in). */
@Component
class CasePeople {

    /** A case's kind and the vault references of its people. */
    record People(String caseType, List<PersonRef> refs) {
    }

    static final String PETITION = "PETITION";
    static final String MEDIATION_CASE = "MEDIATION_CASE";

    private final EventStore eventStore;

    CasePeople(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The people of a petition or mediation case; empty for any other id. */
    Optional<People> of(String caseId) {
        return eventStore.readEvents(caseId, 0).asStream().limit(1).map(EventMessage::getPayload)
                .map(CasePeople::peopleIn)
                .flatMap(Optional::stream)
                .findFirst();
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
