package cn.luzhi.command.intake;

import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.common.PersonalDataMask;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What a citizen sees of their own petition through the receipt code, read from the petition's events: the
 * status, the steps in plain Chinese with their dates, the units' replies and their own rating. Staff names,
 * internal comments (acceptance and forwarding notes, follow-up notes, urges) and anything of another person are
 * left out; the petitioner's own name and phone are shown masked, to confirm whose case it is.
 */
@Component
class CitizenReceipt {

    private static final ZoneId CHINA = ChinaCalendar.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(CHINA);

    /** The answer of {@code GET /api/public/receipts/{code}}. */
    record View(String status, String statusCode, String title, String content, Instant submittedAt,
                String addressedTo, Petitioner petitioner, List<Step> timeline, List<Reply> replies,
                boolean canRate, boolean canWithdraw) {
    }

    /** The petitioner's own details, masked (张*, 138****1234). */
    record Petitioner(String name, String phone) {
    }

    /** One step the citizen may know of. */
    record Step(Instant at, String action, String detail) {
    }

    /** A handling unit's reply. */
    record Reply(Instant at, String unit, String content) {
    }

    private final EventStore eventStore;
    private final ReferenceFacts facts;
    private final PersonalDataVault vault;

    CitizenReceipt(EventStore eventStore, ReferenceFacts facts, PersonalDataVault vault) {
        this.eventStore = eventStore;
        this.facts = facts;
        this.vault = vault;
    }

    /** The petition's view, or empty when it has no events. */
    Optional<View> of(String petitionId) {
        DomainEventStream events = eventStore.readEvents(petitionId, 0);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        Builder view = new Builder();
        while (events.hasNext()) {
            view.apply(events.next());
        }
        return Optional.of(view.build());
    }

    /** Folds the events; one instance per view. */
    private final class Builder {

        private PetitionState state = PetitionState.NONE;
        private PetitionSubmitted submitted;
        private Instant submittedAt;
        private String addressedTo;
        private final List<Step> timeline = new ArrayList<>();
        private final List<Reply> replies = new ArrayList<>();

        void apply(DomainEventMessage<?> message) {
            Instant at = message.getTimestamp();
            Object event = message.getPayload();
            state = PetitionLifecycle.evolve(state, event);
            // The lifecycle decides the status; here only what the citizen reads of each step.
            if (event instanceof PetitionSubmitted first) {
                submitted = first;
                submittedAt = at;
                addressedTo = addressee(first);
                step(at, "提交诉求", "通过" + first.source().label() + "提交给" + addressedTo);
            } else if (event instanceof PetitionAccepted) {
                step(at, "代表已受理", null);
            } else if (event instanceof PetitionDeclined declined) {
                step(at, "不予受理", declined.reason());
            } else if (event instanceof PetitionForwarded forwarded) {
                step(at, "已转交承办单位办理", "承办单位："
                        + forwarded.unitIds().stream().map(HandlingUnitId::value).map(facts::unitName)
                        .collect(Collectors.joining("、")) + "；答复期限：" + DAY.format(forwarded.replyDueAt()));
            } else if (event instanceof PetitionDeadlineExtended extended) {
                step(at, "答复期限已延长", "新的答复期限：" + DAY.format(extended.replyDueAt()));
            } else if (event instanceof PetitionReplied replied) {
                String unit = facts.unitName(replied.unitId().value());
                replies.add(new Reply(at, unit, replied.reply()));
                step(at, "承办单位已答复", unit);
            } else if (event instanceof PetitionFollowedUp) {
                step(at, "代表已跟进回访", null);
            } else if (event instanceof PetitionRated rated) {
                step(at, "您的评价：" + rated.satisfaction().label(), rated.comment());
            } else if (event instanceof PetitionReopened) {
                step(at, "重新办理", "您不满意，诉求已重新办理");
            } else if (event instanceof PetitionClosed) {
                step(at, "已办结", null);
            } else if (event instanceof PetitionWithdrawn withdrawn) {
                step(at, "您已撤回诉求", withdrawn.reason());
            } else if (event instanceof PetitionMerged) {
                step(at, "已与反映同一问题的诉求合并办理", null);
            } else if (event instanceof PetitionHotlineFeedbackRecorded) {
                step(at, "办理结果已反馈12345热线", null);
            }
            // Urges and overdue notices are the staff's supervision, not steps of the citizen's case.
        }

        private void step(Instant at, String action, String detail) {
            timeline.add(new Step(at, action, detail == null || detail.isBlank() ? null : detail));
        }

        private String addressee(PetitionSubmitted first) {
            if (first.deputyId() != null) {
                return facts.deputy(first.deputyId().value()).map(deputy -> "人大代表" + deputy.name())
                        .orElse("人大代表");
            }
            if (first.stationId() != null) {
                return facts.station(first.stationId().value()).map(ReferenceFacts.Station::name).orElse("代表之家");
            }
            return "人大代表工作机构";
        }

        View build() {
            Petitioner petitioner = vault.read(submitted.petitioner())
                    .map(details -> new Petitioner(PersonalDataMask.name(details.name()),
                            PersonalDataMask.phone(details.phone())))
                    .orElse(new Petitioner(null, null));
            PetitionStatus status = state.status();
            return new View(status.label(), status.name(), submitted.title(), submitted.content(), submittedAt,
                    addressedTo, petitioner, List.copyOf(timeline), List.copyOf(replies),
                    PetitionLifecycle.check(state, PetitionAction.RATE).isEmpty(),
                    PetitionLifecycle.check(state, PetitionAction.WITHDRAW).isEmpty());
        }
    }
}
