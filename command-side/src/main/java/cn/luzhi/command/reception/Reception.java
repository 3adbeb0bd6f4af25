package cn.luzhi.command.reception;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.command.petition.HotlineTickets;
import cn.luzhi.command.petition.Petition;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.reception.AnswerReceptionIssue;
import cn.luzhi.events.reception.ReceptionAction;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssue;
import cn.luzhi.events.reception.ReceptionIssueAnswered;
import cn.luzhi.events.reception.ReceptionIssueTurnedIntoPetition;
import cn.luzhi.events.reception.ReceptionLifecycle;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.reception.ReceptionState;
import cn.luzhi.events.reception.RecordReception;
import cn.luzhi.events.reception.TurnReceptionIssueIntoPetition;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A reception held at a station (进家接待): recorded once with its deputies, the number of citizens and their
 * issues; each open issue is later answered or turned into a petition.
 *
 * <p>Turning an issue into a petition creates the petition inside this command's unit of work
 * ({@code createNew}): the reception's event and the petition's are stored in one transaction, so neither exists
 * without the other, and a retried command finds the issue already turned and adds nothing. The petition's id is
 * derived from the reception and the issue number, so the same issue can never yield two petitions either.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Reception {

    @AggregateIdentifier
    private ReceptionId receptionId;
    private ReceptionState state = ReceptionState.NONE;
    /** The issues' texts, which the lifecycle does not need but a petition's content does. */
    private List<String> issues = List.of();

    protected Reception() {
        // For Axon, which rebuilds the reception from its events.
    }

    @CommandHandler
    public Reception(RecordReception command) {
        if (command.receivedAt().isAfter(GenericEventMessage.clock.instant())) {
            throw CommandRefused.becauseOf("receivedAt", "接待时间不能晚于当前时间");
        }
        if (new LinkedHashSet<>(command.deputyIds()).size() != command.deputyIds().size()) {
            throw CommandRefused.becauseOf("deputyIds", "接待代表不能重复");
        }
        apply(new ReceptionRecorded(command.receptionId(), command.stationId(), command.receivedAt(),
                List.copyOf(command.deputyIds()), command.citizensReceived(), List.copyOf(command.issues())));
    }

    @CommandHandler
    public void handle(AnswerReceptionIssue command) {
        CommandRefused.throwIf(ReceptionLifecycle.checkIssue(state, ReceptionAction.ANSWER_ISSUE,
                command.issueNumber()));
        apply(new ReceptionIssueAnswered(receptionId, command.issueNumber(), command.answer()));
    }

    @CommandHandler
    public void handle(TurnReceptionIssueIntoPetition command, PersonalDataVault vault, HotlineTickets hotlineTickets)
            throws Exception {
        CommandRefused.throwIf(ReceptionLifecycle.checkPetition(state, command.issueNumber(), command.deputyId()));
        PetitionId petitionId = petitionOf(receptionId, command.issueNumber());
        apply(new ReceptionIssueTurnedIntoPetition(receptionId, command.issueNumber(), petitionId,
                command.deputyId()));
        SubmitPetition petition = new SubmitPetition(petitionId, PetitionSource.STATION_VISIT, command.regionId(),
                command.deputyId(), state.stationId(), command.petitioner(), command.title(),
                issueText(command.issueNumber()), null, receptionId);
        createNew(Petition.class, () -> new Petition(petition, vault, hotlineTickets));
    }

    /** The petition an issue becomes: one id per reception and issue, whoever turns it and however often. */
    public static PetitionId petitionOf(ReceptionId reception, int issueNumber) {
        return PetitionId.of(UUID.nameUUIDFromBytes(("luzhi:reception:" + reception.value() + ":" + issueNumber)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The reception's state as its lifecycle sees it. */
    ReceptionState state() {
        return state;
    }

    private String issueText(int issueNumber) {
        return issues.get(issueNumber - 1);
    }

    @EventSourcingHandler
    void on(ReceptionRecorded event) {
        receptionId = event.receptionId();
        issues = event.issues().stream().map(ReceptionIssue::text).toList();
        evolve(event);
    }

    /** Every reception event changes the state the lifecycle's way. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = ReceptionLifecycle.evolve(state, event);
    }
}
