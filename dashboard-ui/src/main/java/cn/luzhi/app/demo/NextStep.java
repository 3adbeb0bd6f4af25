package cn.luzhi.app.demo;

import cn.luzhi.app.demo.CaseHistory.Recorded;
import cn.luzhi.app.demo.DemoCatalog.Deputy;
import cn.luzhi.app.demo.DemoCatalog.Place;
import cn.luzhi.app.demo.DemoCatalog.Unit;
import cn.luzhi.app.demo.DemoDistrict.Dispute;
import cn.luzhi.app.demo.DemoDistrict.PetitionTopic;
import cn.luzhi.app.demo.DemoDistrict.SuggestionTopic;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.LivelihoodProjectAction;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.reception.AnswerReceptionIssue;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssue;
import cn.luzhi.events.reception.ReceptionIssueState;
import cn.luzhi.events.reception.ReceptionLifecycle;
import cn.luzhi.events.reception.ReceptionState;
import cn.luzhi.events.reception.RecordReception;
import cn.luzhi.events.reception.TurnReceptionIssueIntoPetition;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.CloseDutyActivity;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityLifecycle;
import cn.luzhi.events.duty.DutyActivityState;
import cn.luzhi.events.duty.DutyActivityStatus;
import cn.luzhi.events.duty.RecordAttendance;
import cn.luzhi.events.duty.ScheduleDutyActivity;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ConfirmSettlementJudicially;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.ForwardOpinions;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.LegislativeDraftLifecycle;
import cn.luzhi.events.legislation.LegislativeDraftState;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.legislation.RecordLegislativeFeedback;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.MediationCaseAction;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.mediation.WithdrawMediationCase;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The live mode's next step for an open demo case, and its new cases. A case's state is the one the last event
 * that moves it left behind (urges, overdue notices, extensions and key-supervision picks move nothing), read from
 * the case's own events: the live mode keeps no memory, so it carries on after a restart, on any node, and after
 * people acted on a demo case themselves. The few facts a step needs beyond the state (which units still owe a
 * reply, who mediates, how far a project is) come from the earlier events. Each step is legal in that state and
 * carries the case's version, so a case that moved in the meantime is refused instead of being acted on twice.
 */
final class NextStep {

    /** One command of the live mode and the demo account that sends it. */
    record DemoAct(ActorRole actor, Object command) {
    }

    private static final HandlingResult[] CLASSES = HandlingResult.values();
    private static final double[] CLASS_SHARES = {0.72, 0.27, 0.01};

    private final DemoCatalog catalog;
    private final Random random;
    private final Instant now;
    private final ChineseNames names;

    NextStep(DemoCatalog catalog, Random random, Instant now) {
        this.catalog = catalog;
        this.random = random;
        this.now = now;
        this.names = new ChineseNames(random);
    }

    /** The next step of the case, or nothing when it is finished or its next step needs data the demo lacks. */
    Optional<DemoAct> after(CaseHistory history) {
        return switch (history.type()) {
            case "Petition" -> petition(history);
            case "Suggestion" -> suggestion(history);
            case "MediationCase" -> mediation(history);
            case "LivelihoodProject" -> project(history);
            case "Reception" -> reception(history);
            case "LegislativeDraft" -> legislativeDraft(history);
            case "DutyActivity" -> dutyActivity(history);
            default -> Optional.empty();
        };
    }

    // ---------------------------------------------------------------------------------------------- petitions

    private Optional<DemoAct> petition(CaseHistory history) {
        PetitionId id = new PetitionId(history.id());
        Long version = history.version();
        PetitionState state = PetitionLifecycle.replay(history.events().stream().map(Recorded::payload).toList());
        Optional<PetitionSubmitted> submitted = history.first(PetitionSubmitted.class);
        if (!state.exists() || state.status().isTerminal() || submitted.isEmpty()) {
            return Optional.empty();
        }
        PetitionTopic topic = DemoDistrict.petitionTopic(submitted.get().title()).orElse(null);
        if (PetitionLifecycle.check(state, PetitionAction.HOTLINE_FEEDBACK).isEmpty()) {
            // The hotline hears the result as soon as the units have answered, before the petitioner rates it.
            return Optional.of(new DemoAct(ActorRole.CLERK, new RecordHotlineFeedback(id,
                    pick(DemoTexts.HOTLINE_FEEDBACK), LocalDate.ofInstant(now, HistoryPlanner.BEIJING), version)));
        }
        return switch (state.status()) {
            case SUBMITTED -> random.nextDouble() < 0.9
                    ? deputyFor(submitted.get()).map(deputy -> new DemoAct(ActorRole.DEPUTY,
                            new AcceptPetition(id, deputy, DemoTexts.ACCEPT_PETITION, version)))
                    : Optional.of(new DemoAct(ActorRole.DEPUTY,
                            new DeclinePetition(id, pick(DemoTexts.DECLINE_PETITION), version)));
            case ACCEPTED, REOPENED -> unitFor(topic == null ? null : topic.unit()).map(unit -> new DemoAct(
                    ActorRole.DEPUTY, new ForwardPetition(id, List.of(unit.id()), null,
                    DemoTexts.forwardPetition(unit.name()), version)));
            case FORWARDED -> forwarded(id, version, submitted.get(), topic, state);
            case REPLIED -> Optional.of(random.nextDouble() < 0.4
                    ? new DemoAct(ActorRole.DEPUTY,
                            new FollowUpPetition(id, pick(DemoTexts.FOLLOW_UP_PETITION), version))
                    : ratePetition(id, version));
            case FOLLOWED_UP -> Optional.of(ratePetition(id, version));
            case RATED -> Optional.of(new DemoAct(ActorRole.CLERK, new ClosePetition(id, DemoTexts.CLOSE_PETITION,
                    version)));
            default -> Optional.empty();
        };
    }

    private Optional<DemoAct> forwarded(PetitionId id, Long version, PetitionSubmitted submitted, PetitionTopic topic,
                                       PetitionState state) {
        double draw = random.nextDouble();
        if (draw < 0.2) {
            return Optional.of(new DemoAct(ActorRole.SUPERVISOR, new UrgePetition(id, pick(DemoTexts.URGE_PETITION),
                    version)));
        }
        if (draw < 0.25 && PetitionLifecycle.check(state, PetitionAction.EXTEND).isEmpty()) {
            return Optional.of(new DemoAct(ActorRole.CLERK, new ExtendPetitionDeadline(id, DemoTexts.EXTEND_PETITION,
                    version)));
        }
        if (state.unitsAwaited().isEmpty()) {
            return Optional.empty();
        }
        String unitId = state.unitsAwaited().get(0).value();
        String place = catalog.place(submitted.regionId()).map(Place::name).orElse("反映地点");
        boolean topicUnit = topic != null && DemoDistrict.unitId(topic.unit()).equals(unitId);
        String reply = topicUnit ? topic.reply().formatted(place)
                : topic != null ? DemoTexts.coUnitReply(catalog.unit(DemoDistrict.unitId(topic.unit()))
                .map(Unit::name).orElse("主办单位"))
                : "已对群众反映的问题进行核实处理，并向群众反馈办理结果。";
        return Optional.of(new DemoAct(ActorRole.UNIT, new ReplyToPetition(id, new HandlingUnitId(unitId), reply,
                version)));
    }

    private DemoAct ratePetition(PetitionId id, Long version) {
        Satisfaction rating = Satisfaction.values()[weighted(new double[] {0.72, 0.22, 0.06})];
        return new DemoAct(ActorRole.CITIZEN, new RatePetition(id, rating, DemoTexts.ratePetition(rating), version));
    }

    /** The deputy whose QR code brought the petition, else one who works in its town, else any. */
    private Optional<DeputyId> deputyFor(PetitionSubmitted submitted) {
        if (submitted.deputyId() != null) {
            return Optional.of(submitted.deputyId());
        }
        return deputyIn(townOf(submitted.regionId())).map(Deputy::id);
    }

    // ---------------------------------------------------------------------------------------------- suggestions

    private Optional<DemoAct> suggestion(CaseHistory history) {
        SuggestionId id = new SuggestionId(history.id());
        Long version = history.version();
        SuggestionState state = SuggestionLifecycle.replay(history.events().stream().map(Recorded::payload).toList());
        Optional<SuggestionDrafted> drafted = history.first(SuggestionDrafted.class);
        if (!state.exists() || state.status().isTerminal() || drafted.isEmpty()) {
            return Optional.empty();
        }
        SuggestionTopic topic = DemoDistrict.suggestionTopic(drafted.get().title()).orElse(null);
        return switch (state.status()) {
            case DRAFTED -> drafting(id, version, state.kind(), state.deputies());
            case SUBMITTED -> Optional.of(new DemoAct(ActorRole.CLERK, new AcceptSuggestion(id,
                    DemoTexts.ACCEPT_SUGGESTION, version)));
            case ACCEPTED -> assign(id, version, topic);
            case ASSIGNED, REHANDLING -> inHandsOfUnits(id, version, topic, state, roundSoFar(history));
            case REPLIED -> {
                Satisfaction rating = Satisfaction.values()[weighted(new double[] {0.8, 0.17, 0.03})];
                yield Optional.of(new DemoAct(ActorRole.DEPUTY, new RateSuggestion(id, rating,
                        DemoTexts.rateSuggestion(rating), version)));
            }
            case RATED -> Optional.of(new DemoAct(ActorRole.CLERK, new CloseSuggestion(id, DemoTexts.CLOSE_SUGGESTION,
                    version)));
            default -> Optional.empty();
        };
    }

    /** What the units did in the current handling round: met the deputy, and which co-units sent opinions. */
    private record Round(boolean discussed, Set<HandlingUnitId> opinions) {
    }

    /** The demo's own bookkeeping of a round; the lifecycle knows no such step, so it is counted here. */
    private static Round roundSoFar(CaseHistory history) {
        boolean discussed = false;
        Set<HandlingUnitId> opinions = new HashSet<>();
        for (Recorded recorded : history.events()) {
            Object event = recorded.payload();
            if (event instanceof SuggestionAssigned || event instanceof SuggestionReopened) {
                discussed = false;
                opinions.clear();
            } else if (event instanceof SuggestionDiscussedWithDeputy) {
                discussed = true;
            } else if (event instanceof SuggestionOpinionSent opinion) {
                opinions.add(opinion.unitId());
            }
        }
        return new Round(discussed, opinions);
    }

    /** A bill needs ten deputies and the session; a suggestion gets a co-signer or two and goes in in recess. */
    private Optional<DemoAct> drafting(SuggestionId id, Long version, SuggestionKind kind, Set<DeputyId> signed) {
        boolean bill = kind == SuggestionKind.BILL;
        boolean wantsMore = bill ? signed.size() < 10 : signed.size() < 3 && random.nextBoolean();
        if (wantsMore) {
            List<Deputy> others = catalog.deputies().stream().filter(d -> !signed.contains(d.id())).toList();
            if (!others.isEmpty()) {
                return Optional.of(new DemoAct(ActorRole.DEPUTY, new CoSignSuggestion(id, pick(others).id(),
                        version)));
            }
        }
        return Optional.of(new DemoAct(ActorRole.DEPUTY, new SubmitSuggestion(id,
                bill ? SessionPeriod.DURING_SESSION : SessionPeriod.RECESS, version)));
    }

    private Optional<DemoAct> assign(SuggestionId id, Long version, SuggestionTopic topic) {
        Optional<Unit> lead = unitFor(topic == null ? null : topic.leadUnit());
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        List<HandlingUnitId> coUnits = topic == null ? List.of() : topic.coUnits().stream()
                .filter(key -> random.nextBoolean())
                .flatMap(key -> catalog.unit(DemoDistrict.unitId(key)).stream())
                .map(Unit::id).filter(unit -> !unit.equals(lead.get().id())).toList();
        return Optional.of(new DemoAct(ActorRole.CLERK, new AssignSuggestion(id, lead.get().id(), coUnits,
                DemoTexts.ASSIGN_SUGGESTION, version)));
    }

    private Optional<DemoAct> inHandsOfUnits(SuggestionId id, Long version, SuggestionTopic topic,
                                             SuggestionState state, Round round) {
        if (random.nextDouble() < 0.1) {
            return Optional.of(new DemoAct(ActorRole.SUPERVISOR, new UrgeSuggestion(id, DemoTexts.URGE_SUGGESTION,
                    version)));
        }
        if (!round.discussed()) {
            return Optional.of(new DemoAct(ActorRole.UNIT, new DiscussSuggestionWithDeputy(id, state.leadUnitId(),
                    DemoTexts.DISCUSS_SUGGESTION, version)));
        }
        Optional<HandlingUnitId> silent = state.coUnitIds().stream().filter(unit -> !round.opinions().contains(unit))
                .findFirst();
        if (silent.isPresent()) {
            return Optional.of(new DemoAct(ActorRole.UNIT, new SendSuggestionOpinion(id, silent.get(),
                    DemoTexts.CO_UNIT_OPINION, version)));
        }
        HandlingResult result = CLASSES[weighted(CLASS_SHARES)];
        String reply = topic != null
                ? DemoTexts.replyToSuggestion(topic, result, LocalDate.ofInstant(now, HistoryPlanner.BEIJING).getYear())
                : "经认真研究办理，现将办理情况答复如下：所提事项已按" + result.code() + "类办理。";
        return Optional.of(new DemoAct(ActorRole.UNIT, new ReplyToSuggestion(id, state.leadUnitId(), result, reply,
                version)));
    }

    // ---------------------------------------------------------------------------------------------- legislation

    /**
     * A draft open for comment collects a deputy's opinion at one of its liaison points, or a clerk's; once closed
     * (at its closing date) its opinions are forwarded, and then the legislature's feedback is recorded.
     */
    private Optional<DemoAct> legislativeDraft(CaseHistory history) {
        LegislativeDraftId id = new LegislativeDraftId(history.id());
        Long version = history.version();
        LegislativeDraftState state = LegislativeDraftLifecycle.replay(history.events().stream()
                .map(Recorded::payload).toList());
        if (!state.exists() || state.liaisonPoints().isEmpty()) {
            return Optional.empty();
        }
        StationId point = state.liaisonPoints().get(random.nextInt(state.liaisonPoints().size()));
        String opinion = DemoTexts.DRAFT_OPINIONS.get(random.nextInt(DemoTexts.DRAFT_OPINIONS.size()));
        List<Integer> active = LegislativeDraftLifecycle.active(state).stream()
                .map(LegislativeDraftState.Opinion::number).toList();
        return switch (state.status()) {
            case OPEN -> LegislativeDraftLifecycle.checkCollection(state, point, now).isPresent()
                    || catalog.deputies().isEmpty() ? Optional.empty()
                    : Optional.of(random.nextDouble() < 0.7
                    ? new DemoAct(ActorRole.DEPUTY, new CollectOpinion(id, OpinionSource.DEPUTY, point,
                    catalog.deputies().get(random.nextInt(catalog.deputies().size())).id(), null, null, opinion,
                    version))
                    : new DemoAct(ActorRole.CLERK, new CollectOpinion(id, OpinionSource.CLERK, point, null, null,
                    null, opinion, version)));
            case CLOSED -> active.isEmpty() ? Optional.empty() : Optional.of(new DemoAct(ActorRole.CLERK,
                    new ForwardOpinions(id, active, LocalDate.ofInstant(now, HistoryPlanner.BEIJING),
                            DemoTexts.FORWARD_OPINIONS, version)));
            case FORWARDED -> Optional.of(new DemoAct(ActorRole.CLERK, new RecordLegislativeFeedback(id,
                    active.stream().filter(n -> random.nextDouble() < 0.4).toList(), DemoTexts.FEEDBACK, version)));
            case FEEDBACK_RECORDED -> Optional.empty();
        };
    }

    // ---------------------------------------------------------------------------------------------- mediation

    private Optional<DemoAct> mediation(CaseHistory history) {
        MediationCaseId id = new MediationCaseId(history.id());
        Long version = history.version();
        Optional<MediationCaseReferred> referral = history.first(MediationCaseReferred.class);
        Optional<Instant> referredAt = history.timeOf(MediationCaseReferred.class);
        if (referral.isEmpty() || referredAt.isEmpty()) {
            return Optional.empty();
        }
        MediationCaseState state = MediationCaseLifecycle.replay(history.events().stream().map(Recorded::payload)
                .toList());
        boolean mayConfirm = MediationCaseLifecycle.check(state, MediationCaseAction.CONFIRM).isEmpty();
        boolean mayVisit = MediationCaseLifecycle.check(state, MediationCaseAction.FOLLOW_UP).isEmpty();
        return switch (state.status()) {
            case REFERRED -> assignMediators(id, version, referral.get());
            case MEDIATING -> mediating(id, version, referral.get(), referredAt.get(), state);
            case SETTLED -> mayConfirm && mayVisit && random.nextDouble() < 0.4
                    ? Optional.of(new DemoAct(ActorRole.UNIT, new ConfirmSettlementJudicially(id, "（"
                    + LocalDate.ofInstant(now, HistoryPlanner.BEIJING).getYear() + "）内0102民特"
                    + (100 + random.nextInt(900)) + "号", version)))
                    : mayVisit ? Optional.of(followUpMediation(id, version, true)) : Optional.empty();
            case WITHDRAWN -> mayVisit ? Optional.of(followUpMediation(id, version, false)) : Optional.empty();
            case FAILED -> Optional.empty();
        };
    }

    private Optional<DemoAct> assignMediators(MediationCaseId id, Long version, MediationCaseReferred referral) {
        List<DeputyId> pool = catalog.mediators();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        String town = townOf(referral.regionId());
        List<DeputyId> local = catalog.deputiesIn(town).stream().map(Deputy::id).filter(pool::contains).toList();
        Set<DeputyId> chosen = new LinkedHashSet<>(List.of(pick(local.isEmpty() ? pool : local)));
        if (random.nextDouble() < 0.3) {
            chosen.add(pick(pool));
        }
        return Optional.of(new DemoAct(ActorRole.CLERK, new AssignMediators(id, List.copyOf(chosen),
                DemoTexts.ASSIGN_MEDIATORS, version)));
    }

    private Optional<DemoAct> mediating(MediationCaseId id, Long version, MediationCaseReferred referral,
                                        Instant referredAt, MediationCaseState state) {
        List<DeputyId> mediators = state.mediators();
        if (mediators.isEmpty()) {
            return assignMediators(id, version, referral);
        }
        // The parties agree to go on when the period is about to run out, and only while it runs.
        if (MediationCaseLifecycle.checkExtension(state, now).isEmpty()
                && Duration.between(now, state.mediationDueAt()).toDays() < 5 && random.nextDouble() < 0.3) {
            return Optional.of(new DemoAct(ActorRole.CLERK, new ExtendMediationPeriod(id, DemoTexts.EXTEND_MEDIATION,
                    version)));
        }
        double draw = random.nextDouble();
        if (state.sessionsHeld() == 0) {
            return Optional.of(draw < 0.85 ? session(id, version, referral, referredAt, mediators, false)
                    : new DemoAct(ActorRole.DEPUTY, new FailMediationCase(id, DemoTexts.MEDIATION_REFUSED, version)));
        }
        if (draw < 0.55) {
            Dispute dispute = DemoDistrict.DISPUTES.stream().filter(d -> d.type() == referral.disputeType())
                    .findFirst().orElse(DemoDistrict.DISPUTES.get(0));
            BigDecimal amount = referral.amountInDispute() == null ? null : referral.amountInDispute()
                    .multiply(BigDecimal.valueOf(60 + random.nextInt(31))).divide(BigDecimal.valueOf(100))
                    .setScale(0, RoundingMode.HALF_UP).setScale(2);
            return Optional.of(new DemoAct(ActorRole.DEPUTY, new SettleMediationCase(id, dispute.agreement(), amount,
                    version)));
        }
        if (draw < 0.72) {
            return Optional.of(new DemoAct(ActorRole.DEPUTY, new FailMediationCase(id, DemoTexts.MEDIATION_FAILED,
                    version)));
        }
        if (draw < 0.77) {
            return Optional.of(new DemoAct(ActorRole.CLERK, new WithdrawMediationCase(id,
                    DemoTexts.MEDIATION_WITHDRAWN, version)));
        }
        return Optional.of(session(id, version, referral, referredAt, mediators, true));
    }

    /** A session held a little earlier today, never before the referral, recorded by one of the mediators. */
    private DemoAct session(MediationCaseId id, Long version, MediationCaseReferred referral, Instant referredAt,
                            List<DeputyId> mediators, boolean agreed) {
        Instant heldAt = now.minus(Duration.ofMinutes(20 + random.nextInt(70)));
        if (heldAt.isBefore(referredAt)) {
            heldAt = referredAt;
        }
        String place = catalog.place(new RegionId(townOf(referral.regionId()))).map(Place::name).orElse(
                DemoDistrict.NAME) + "代表调解工作室";
        return new DemoAct(ActorRole.DEPUTY, new RecordMediationSession(id, pick(mediators), heldAt, place,
                agreed ? DemoTexts.SESSION_AGREED : DemoTexts.SESSION_ONGOING, version));
    }

    private DemoAct followUpMediation(MediationCaseId id, Long version, boolean settled) {
        Satisfaction satisfaction = Satisfaction.values()[weighted(new double[] {0.85, 0.12, 0.03})];
        return new DemoAct(ActorRole.DEPUTY, new FollowUpMediationCase(id,
                settled ? DemoTexts.FOLLOW_UP_SETTLED : DemoTexts.FOLLOW_UP_WITHDRAWN, satisfaction, version));
    }

    // ---------------------------------------------------------------------------------------------- projects

    private Optional<DemoAct> project(CaseHistory history) {
        LivelihoodProjectId id = new LivelihoodProjectId(history.id());
        Long version = history.version();
        LivelihoodProjectState state = LivelihoodProjectLifecycle.replay(history.events().stream()
                .map(Recorded::payload).toList());
        if (!state.exists() || state.status().isTerminal()) {
            return Optional.empty();
        }
        if (LivelihoodProjectLifecycle.check(state, LivelihoodProjectAction.RATE).isEmpty()) {
            return Optional.of(new DemoAct(ActorRole.CLERK, new RateProject(id, 100 + random.nextInt(80),
                    10 + random.nextInt(30), random.nextInt(8), DemoTexts.RATE_PROJECT, version)));
        }
        if (LivelihoodProjectLifecycle.check(state, LivelihoodProjectAction.COMPLETE).isEmpty()) {
            return Optional.of(new DemoAct(ActorRole.UNIT, new CompleteProject(id, DemoTexts.COMPLETE_PROJECT,
                    version)));
        }
        List<String> milestones = state.milestones();
        LocalDate today = LocalDate.ofInstant(now, HistoryPlanner.BEIJING);
        if (milestones.isEmpty()) {
            List<ProjectMilestone> plan = new ArrayList<>();
            for (int i = 0; i < DemoDistrict.MILESTONES.size(); i++) {
                plan.add(new ProjectMilestone(DemoDistrict.MILESTONES.get(i), today.plusDays(40L * (i + 1))));
            }
            return Optional.of(new DemoAct(ActorRole.UNIT, new PlanProjectMilestones(id, plan, version)));
        }
        if (random.nextDouble() < 0.2 && !catalog.deputies().isEmpty()) {
            Set<DeputyId> team = new LinkedHashSet<>();
            for (int i = 0; i < 2 + random.nextInt(2); i++) {
                team.add(pick(catalog.deputies()).id());
            }
            return Optional.of(new DemoAct(ActorRole.DEPUTY, new InspectProject(id, List.copyOf(team), today,
                    pick(DemoTexts.INSPECTION_FINDINGS), version)));
        }
        int next = Math.min(100, state.percent() + 5 + random.nextInt(16));
        String milestone = null;
        for (int i = 0; i < milestones.size(); i++) {
            if (!state.milestonesReached().contains(milestones.get(i))
                    && DemoDistrict.milestonePercent(i, milestones.size()) <= next) {
                milestone = milestones.get(i);
                break;
            }
        }
        return Optional.of(new DemoAct(ActorRole.UNIT, new RecordProjectProgress(id, next,
                DemoTexts.progress(next, milestone), milestone, version)));
    }

    // ---------------------------------------------------------------------------------------------- new cases

    /** A citizen's new petition through a QR code, or one a clerk registers; nothing without reference data. */
    Optional<DemoAct> newPetition(PetitionId id) {
        if (catalog.isEmpty()) {
            return Optional.empty();
        }
        Place place = pickPlace();
        PetitionTopic topic = pick(DemoDistrict.PETITION_TOPICS);
        PetitionSource source = PetitionSource.values()[weighted(new double[] {0.30, 0.15, 0.25, 0.12, 0.08, 0.10})];
        boolean byCitizen = source == PetitionSource.DEPUTY_QR_CODE || source == PetitionSource.STATION_QR_CODE;
        boolean atStation = source == PetitionSource.STATION_QR_CODE || source == PetitionSource.STATION_VISIT;
        DeputyId deputy = source == PetitionSource.DEPUTY_QR_CODE || source == PetitionSource.HOTLINE_12345
                ? deputyIn(place.townCode()).map(Deputy::id).orElse(null) : null;
        if (source == PetitionSource.HOTLINE_12345 && deputy == null) {
            // A 12345 ticket needs a supervising deputy; without one in the town the clerk registers a call.
            source = PetitionSource.LETTER_OR_PHONE;
        }
        HotlineTicket ticket = null;
        if (source == PetitionSource.HOTLINE_12345) {
            LocalDate receivedOn = LocalDate.ofInstant(now, HistoryPlanner.BEIJING).minusDays(1 + random.nextInt(5));
            ticket = new HotlineTicket(DemoTexts.hotlineTicketNumber(receivedOn, id.value()), receivedOn,
                    pick(DemoTexts.ESCALATE_HOTLINE_TICKET));
        }
        StationId station = atStation ? catalog.stations().stream()
                .filter(s -> s.regionId().value().startsWith(place.townCode())).findFirst()
                .map(DemoCatalog.Station::id).orElse(null) : null;
        PersonDetails petitioner = new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                names.mobilePhone(), null);
        return Optional.of(new DemoAct(byCitizen ? ActorRole.CITIZEN : ActorRole.CLERK, new SubmitPetition(id, source,
                place.id(), deputy, station, petitioner, topic.title(), topic.content().formatted(place.name()),
                ticket, null)));
    }

    /** The court refers a new dispute; nothing when the demo has no court. */
    Optional<DemoAct> newMediationCase(MediationCaseId id) {
        List<Unit> courts = catalog.unitsOf(HandlingUnitKind.COURT);
        if (courts.isEmpty() || catalog.places().isEmpty()) {
            return Optional.empty();
        }
        Dispute dispute = pick(DemoDistrict.DISPUTES);
        BigDecimal amount = dispute.maxAmount() == 0 ? null : BigDecimal.valueOf((dispute.minAmount()
                + random.nextInt(dispute.maxAmount() - dispute.minAmount() + 1)) / 100L * 100L).setScale(2);
        List<PersonDetails> parties = List.of(
                new PersonDetails(names.han(Gender.MALE), names.mobilePhone(), null),
                new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE), names.mobilePhone(),
                        null));
        return Optional.of(new DemoAct(ActorRole.UNIT, new ReferMediationCase(id, pick(courts).id(), dispute.type(),
                pickPlace().id(), parties, amount, dispute.summary())));
    }

    /** A district deputy drafts a suggestion between sessions; nothing without deputies. */
    Optional<DemoAct> newSuggestion(SuggestionId id) {
        List<Deputy> district = catalog.deputies().stream().filter(d -> d.level() == DeputyLevel.COUNTY).toList();
        if (district.isEmpty()) {
            return Optional.empty();
        }
        Deputy lead = pick(district);
        SuggestionTopic topic = pick(DemoDistrict.SUGGESTION_TOPICS);
        RegionId region = new RegionId(lead.townCode() != null ? lead.townCode() : DemoDistrict.CODE);
        return Optional.of(new DemoAct(ActorRole.DEPUTY, new DraftSuggestion(id, SuggestionKind.SUGGESTION, lead.id(),
                region, topic.title(), topic.content(), null)));
    }

    // ---------------------------------------------------------------------------------------------- receptions

    /** A deputy of a station records a reception held there an hour or two ago (进家接待). */
    Optional<DemoAct> newReception(ReceptionId id) {
        if (catalog.stations().isEmpty() || catalog.deputies().isEmpty()) {
            return Optional.empty();
        }
        DemoCatalog.Station station = pick(catalog.stations());
        List<Deputy> local = catalog.deputies().stream().filter(d -> station.id().equals(d.stationId())).toList();
        Deputy deputy = pick(local.isEmpty() ? catalog.deputies() : local);
        List<ReceptionIssue> issues = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            List<String> issue = pick(DemoTexts.RECEPTION_ISSUES);
            issues.add(new ReceptionIssue(issue.get(0), random.nextBoolean() ? issue.get(1) : null));
        }
        return Optional.of(new DemoAct(ActorRole.DEPUTY, new RecordReception(id, station.id(),
                now.minus(Duration.ofMinutes(60 + random.nextInt(120))), List.of(deputy.id()), 3 + random.nextInt(28),
                List.copyOf(issues))));
    }

    /** The reception's first open issue becomes a petition, or is answered after all; nothing when none is open. */
    private Optional<DemoAct> reception(CaseHistory history) {
        ReceptionId id = new ReceptionId(history.id());
        ReceptionState state = ReceptionLifecycle.replay(history.events().stream().map(Recorded::payload).toList());
        Optional<ReceptionIssueState> open = state.issues().stream().filter(ReceptionIssueState::isOpen).findFirst();
        if (open.isEmpty() || state.deputies().isEmpty()) {
            return Optional.empty();
        }
        int number = open.get().number();
        if (random.nextDouble() < 0.6) {
            RegionId region = catalog.stations().stream().filter(s -> s.id().equals(state.stationId()))
                    .map(DemoCatalog.Station::regionId).findFirst().orElseGet(() -> pickPlace().id());
            PersonDetails citizen = new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                    names.mobilePhone(), null);
            return Optional.of(new DemoAct(ActorRole.DEPUTY, new TurnReceptionIssueIntoPetition(id, number,
                    state.deputies().get(0), region, citizen, DemoTexts.RECEPTION_PETITION_TITLE, history.version())));
        }
        return Optional.of(new DemoAct(ActorRole.CLERK, new AnswerReceptionIssue(id, number,
                DemoTexts.RECEPTION_LATER_ANSWER, history.version())));
    }

    // ---------------------------------------------------------------------------------------------- activities

    /**
     * A town's activity (履职活动) that began an hour ago and lasts three: the clerk has just opened its roll call, and
     * the deputies are recorded as they arrive.
     */
    Optional<DemoAct> newDutyActivity(DutyActivityId id) {
        List<Place> towns = catalog.places().stream().filter(place -> !place.isVillage()
                && !catalog.deputiesIn(place.id().value()).isEmpty()).toList();
        if (towns.isEmpty()) {
            return Optional.empty();
        }
        Place town = pick(towns);
        List<Deputy> local = new ArrayList<>(catalog.deputiesIn(town.id().value()));
        Collections.shuffle(local, random);
        DemoTexts.Activity activity = pick(DemoTexts.DUTY_ACTIVITIES);
        Instant startsAt = now.minus(Duration.ofHours(1));
        return Optional.of(new DemoAct(ActorRole.CLERK, new ScheduleDutyActivity(id, activity.kind(),
                town.name() + activity.title(), startsAt, startsAt.plus(Duration.ofHours(3)), activity.place(),
                town.id(), local.stream().limit(3 + random.nextInt(4)).map(Deputy::id).toList(), false)));
    }

    /**
     * On the activity's day, the roll call of the next invited deputy not yet recorded; once everyone is and the
     * activity has begun, closing it. Nothing before its day.
     */
    private Optional<DemoAct> dutyActivity(CaseHistory history) {
        DutyActivityId id = new DutyActivityId(history.id());
        DutyActivityState state = DutyActivityLifecycle.replay(
                history.events().stream().map(Recorded::payload).toList());
        if (state.status() != DutyActivityStatus.SCHEDULED
                || LocalDate.ofInstant(now, HistoryPlanner.BEIJING)
                        .isBefore(LocalDate.ofInstant(state.startsAt(), HistoryPlanner.BEIJING))) {
            return Optional.empty();
        }
        Optional<DeputyId> unrecorded = state.invited().stream()
                .filter(deputy -> !state.attendance().containsKey(deputy.value())).findFirst();
        if (unrecorded.isPresent()) {
            double draw = random.nextDouble();
            AttendanceStatus status = draw < 0.85 ? AttendanceStatus.PRESENT
                    : draw < 0.95 ? AttendanceStatus.ON_LEAVE : AttendanceStatus.ABSENT;
            return Optional.of(new DemoAct(ActorRole.CLERK, new RecordAttendance(id, unrecorded.get(), status,
                    status == AttendanceStatus.ON_LEAVE ? DemoTexts.ACTIVITY_LEAVE : null, history.version())));
        }
        return DutyActivityLifecycle.checkClose(state, now).isEmpty()
                ? Optional.of(new DemoAct(ActorRole.CLERK, new CloseDutyActivity(id, history.version())))
                : Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The unit of the topic when the demo still has it, else any government department. */
    private Optional<Unit> unitFor(String key) {
        Optional<Unit> unit = key == null ? Optional.empty() : catalog.unit(DemoDistrict.unitId(key));
        if (unit.isPresent()) {
            return unit;
        }
        List<Unit> departments = catalog.unitsOf(HandlingUnitKind.GOVERNMENT_DEPARTMENT);
        return departments.isEmpty() ? Optional.empty() : Optional.of(pick(departments));
    }

    private Optional<Deputy> deputyIn(String townCode) {
        List<Deputy> local = catalog.deputiesIn(townCode);
        List<Deputy> candidates = local.isEmpty() ? catalog.deputies() : local;
        return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
    }

    private Place pickPlace() {
        List<Place> villages = catalog.places().stream().filter(Place::isVillage).toList();
        return villages.isEmpty() || random.nextDouble() < 0.1 ? pick(catalog.places()) : pick(villages);
    }

    private static String townOf(RegionId regionId) {
        return regionId.value().substring(0, Math.min(9, regionId.value().length()));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int weighted(double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
