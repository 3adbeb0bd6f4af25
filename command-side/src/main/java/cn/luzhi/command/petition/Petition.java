package cn.luzhi.command.petition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.MergePetition;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A citizen's petition (民意诉求): submitted, taken up or declined by a deputy, forwarded to handling units
 * with a reply deadline, replied to, followed up, rated by the petitioner and closed.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Petition {

    static final String REPLY_DUE = "petition-reply-due";

    @AggregateIdentifier
    private PetitionId petitionId;
    private PetitionStatus status;
    // Declared as LinkedHashSet so a snapshot restores them in forwarding order.
    private LinkedHashSet<String> unitsAwaited = new LinkedHashSet<>();
    private LinkedHashSet<String> unitsForwarded = new LinkedHashSet<>();
    private Instant replyDueAt;
    private boolean extendedThisRound;
    private Satisfaction lastRating;
    private int round;

    protected Petition() {
        // For Axon, which rebuilds the petition from its events.
    }

    @CommandHandler
    public Petition(SubmitPetition command, PersonalDataVault vault) {
        apply(new PetitionSubmitted(command.petitionId(), command.source(), command.regionId(), command.deputyId(),
                command.stationId(), vault.store(command.petitioner()), command.title(), command.content()));
    }

    @CommandHandler
    public void handle(AcceptPetition command) {
        requireStatus("受理", PetitionStatus.SUBMITTED);
        apply(new PetitionAccepted(petitionId, command.deputyId(), command.reason()));
    }

    @CommandHandler
    public void handle(DeclinePetition command) {
        requireStatus("不予受理", PetitionStatus.SUBMITTED);
        apply(new PetitionDeclined(petitionId, command.reason()));
    }

    @CommandHandler
    public void handle(ForwardPetition command, DeadlinePolicy policy, DeadlineManager deadlines) {
        requireStatus("转办", PetitionStatus.ACCEPTED, PetitionStatus.REOPENED);
        Instant now = GenericEventMessage.clock.instant();
        Instant dueAt = command.replyDueAt() != null ? command.replyDueAt() : now.plus(policy.petitionReply());
        if (!dueAt.isAfter(now)) {
            throw CommandRefused.becauseOf("replyDueAt", "答复期限必须晚于当前时间");
        }
        List<HandlingUnitId> units = List.copyOf(new LinkedHashSet<>(command.unitIds()));
        apply(new PetitionForwarded(petitionId, units, dueAt, command.reason()));
        deadlines.schedule(dueAt, REPLY_DUE, new ReplyDue(dueAt));
    }

    @CommandHandler
    public void handle(ExtendPetitionDeadline command, DeadlinePolicy policy, DeadlineManager deadlines) {
        requireStatus("延期", PetitionStatus.FORWARDED);
        if (extendedThisRound) {
            throw CommandRefused.because("本轮转办的答复期限已延期过一次，不能再次延期");
        }
        Instant newDueAt = replyDueAt.plus(policy.petitionExtension());
        apply(new PetitionDeadlineExtended(petitionId, replyDueAt, newDueAt, command.reason()));
        deadlines.schedule(newDueAt, REPLY_DUE, new ReplyDue(newDueAt));
    }

    @CommandHandler
    public void handle(ReplyToPetition command) {
        requireStatus("答复", PetitionStatus.FORWARDED);
        String unit = command.unitId().value();
        if (!unitsForwarded.contains(unit)) {
            throw CommandRefused.becauseOf("unitId", "该诉求未转交给承办单位「" + unit + "」，不能由其答复");
        }
        if (!unitsAwaited.contains(unit)) {
            throw CommandRefused.becauseOf("unitId", "承办单位「" + unit + "」已答复过本轮转办");
        }
        apply(new PetitionReplied(petitionId, command.unitId(), command.reply(), unitsAwaited.size() == 1));
    }

    @CommandHandler
    public void handle(FollowUpPetition command) {
        requireStatus("跟进", PetitionStatus.REPLIED, PetitionStatus.FOLLOWED_UP);
        apply(new PetitionFollowedUp(petitionId, command.note()));
    }

    @CommandHandler
    public void handle(RatePetition command) {
        requireStatus("评价", PetitionStatus.REPLIED, PetitionStatus.FOLLOWED_UP);
        apply(new PetitionRated(petitionId, command.satisfaction(), command.reason()));
        if (command.satisfaction() == Satisfaction.UNSATISFIED) {
            apply(new PetitionReopened(petitionId, round + 1));
        }
    }

    @CommandHandler
    public void handle(ClosePetition command) {
        requireStatus("办结", PetitionStatus.REPLIED, PetitionStatus.FOLLOWED_UP, PetitionStatus.RATED);
        apply(new PetitionClosed(petitionId, lastRating, command.reason()));
    }

    @CommandHandler
    public void handle(UrgePetition command) {
        requireOpen("督办");
        apply(new PetitionUrged(petitionId, status, command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawPetition command) {
        requireOpen("撤回");
        apply(new PetitionWithdrawn(petitionId, command.reason()));
    }

    @CommandHandler
    public void handle(MergePetition command) {
        requireOpen("合并");
        if (command.intoPetitionId().equals(petitionId)) {
            throw CommandRefused.becauseOf("intoPetitionId", "不能把诉求合并到它自己");
        }
        apply(new PetitionMerged(petitionId, command.intoPetitionId(), command.reason()));
    }

    /**
     * A reply deadline passed. Deadlines are never cancelled: one that was superseded by an extension, or
     * that passes after the last reply arrived, finds nothing to do here.
     */
    @DeadlineHandler(deadlineName = REPLY_DUE)
    public void on(ReplyDue due) {
        if (status == PetitionStatus.FORWARDED && due.dueAt().equals(replyDueAt)) {
            apply(new PetitionOverdue(petitionId, replyDueAt, unitsAwaited.stream().map(HandlingUnitId::new).toList()));
        }
    }

    private void requireStatus(String action, PetitionStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because("诉求当前状态为「" + status.label() + "」，不能" + action);
    }

    private void requireOpen(String action) {
        if (status.isTerminal()) {
            throw refusal(action);
        }
    }

    @EventSourcingHandler
    void on(PetitionSubmitted event) {
        petitionId = event.petitionId();
        status = PetitionStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(PetitionAccepted event) {
        status = PetitionStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(PetitionDeclined event) {
        status = PetitionStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(PetitionForwarded event) {
        status = PetitionStatus.FORWARDED;
        unitsForwarded = new LinkedHashSet<>();
        event.unitIds().forEach(unit -> unitsForwarded.add(unit.value()));
        unitsAwaited = new LinkedHashSet<>(unitsForwarded);
        replyDueAt = event.replyDueAt();
        extendedThisRound = false;
    }

    @EventSourcingHandler
    void on(PetitionDeadlineExtended event) {
        replyDueAt = event.replyDueAt();
        extendedThisRound = true;
    }

    @EventSourcingHandler
    void on(PetitionReplied event) {
        unitsAwaited.remove(event.unitId().value());
        if (unitsAwaited.isEmpty()) {
            status = PetitionStatus.REPLIED;
        }
    }

    @EventSourcingHandler
    void on(PetitionFollowedUp event) {
        status = PetitionStatus.FOLLOWED_UP;
    }

    @EventSourcingHandler
    void on(PetitionRated event) {
        lastRating = event.satisfaction();
        status = PetitionStatus.RATED;
    }

    @EventSourcingHandler
    void on(PetitionReopened event) {
        status = PetitionStatus.REOPENED;
        round = event.round();
    }

    @EventSourcingHandler
    void on(PetitionClosed event) {
        status = PetitionStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(PetitionWithdrawn event) {
        status = PetitionStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(PetitionMerged event) {
        status = PetitionStatus.MERGED;
    }

    /** Payload of the reply deadline: the due time it was scheduled for. */
    record ReplyDue(Instant dueAt) {
    }

}
