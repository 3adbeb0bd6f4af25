package cn.luzhi.query.supervision;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.supervision.SupervisionViews.CaseSupervision;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineChange;
import cn.luzhi.query.supervision.SupervisionViews.Step;
import cn.luzhi.query.supervision.SupervisionViews.UnitHandling;
import cn.luzhi.query.supervision.SupervisionViews.UnitName;
import cn.luzhi.query.supervision.SupervisionViews.Urge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The handling trail of one case worked out from its events, in order: the steps it went through (a step begins
 * with the event that put the case in a state and ends with the event that moved it on), every deadline set,
 * extended and missed, every urge, and each unit's part. Steps are named after what the case waits for.
 */
final class CaseTrail {

    private CaseType type;
    private String caseId;
    private String title;
    private String regionId;
    private int round = 1;
    private PetitionState petition = PetitionState.NONE;
    private SuggestionState suggestion = SuggestionState.NONE;
    private MediationCaseState mediation = MediationCaseState.NONE;
    private final List<StepEntry> steps = new ArrayList<>();
    private String endLabel;
    private final List<DeadlineEntry> deadlines = new ArrayList<>();
    private final List<Urge> urges = new ArrayList<>();
    private final Map<String, UnitEntry> units = new LinkedHashMap<>();

    private CaseTrail() {
    }

    /** The trail of a case's events, or null when they are not those of a case with deadlines. */
    static CaseTrail of(List<? extends DomainEventMessage<?>> events) {
        CaseTrail trail = new CaseTrail();
        for (DomainEventMessage<?> event : events) {
            trail.apply(event);
            if (trail.type == null) {
                return null;
            }
        }
        return trail.type == null ? null : trail;
    }

    /** Every unit the trail names, for one lookup of their names. */
    Set<String> unitIds() {
        Set<String> ids = new LinkedHashSet<>();
        units.values().forEach(unit -> ids.add(unit.unitId));
        deadlines.forEach(deadline -> ids.addAll(deadline.unitIds));
        return ids;
    }

    String regionId() {
        return regionId;
    }

    CaseSupervision view(Names names, Instant now) {
        List<Step> stepViews = steps.stream().map(step -> {
            Instant end = step.endedAt != null ? step.endedAt : now;
            return new Step(step.name, step.startedAt, step.endedAt, step.endedAt == null,
                    Math.max(0, Duration.between(step.startedAt, end).toMinutes()));
        }).toList();
        List<DeadlineChange> deadlineViews = deadlines.stream().map(deadline -> new DeadlineChange(deadline.kind,
                deadline.kindLabel, deadline.at, deadline.dueAt, deadline.previousDueAt, deadline.round,
                deadline.unitIds.stream().map(id -> new UnitName(id, names.unit(id))).toList(),
                deadline.actor.name, deadline.actor.role, deadline.reason)).toList();
        List<UnitHandling> unitViews = units.values().stream().map(unit -> new UnitHandling(unit.unitId,
                names.unit(unit.unitId), unit.role, unit.round, unit.assignedAt, unit.dueAt, unit.repliedAt,
                unit.repliedAt == null ? null : Duration.between(unit.assignedAt, unit.repliedAt).toMinutes(),
                unit.missed)).toList();
        String current = endLabel != null ? endLabel : steps.isEmpty() ? null : steps.get(steps.size() - 1).name;
        return new CaseSupervision(caseId, type, type.label(), title, regionId, names.region(regionId), current,
                endLabel != null, now, stepViews, deadlineViews, List.copyOf(urges), unitViews);
    }

    private void apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        Instant at = message.getTimestamp();
        Actor actor = Actor.of(message);
        if (type == null) {
            begin(event, at, actor);
        } else if (type == CaseType.PETITION) {
            petition(event, at, actor);
        } else if (type == CaseType.SUGGESTION) {
            suggestion(event, at, actor);
        } else {
            mediation(event, at, actor);
        }
    }

    private void begin(Object event, Instant at, Actor actor) {
        if (event instanceof PetitionSubmitted submitted) {
            start(CaseType.PETITION, submitted.petitionId().value(), submitted.title(), submitted.regionId().value());
            petition(event, at, actor);
        } else if (event instanceof SuggestionDrafted drafted) {
            start(CaseType.SUGGESTION, drafted.suggestionId().value(), drafted.title(), drafted.regionId().value());
            suggestion(event, at, actor);
        } else if (event instanceof MediationCaseReferred referred) {
            start(CaseType.MEDIATION, referred.mediationCaseId().value(),
                    "诉前调解：" + referred.disputeType().label(), referred.regionId().value());
            deadlines.add(DeadlineEntry.set(at, referred.mediationDueAt(), 1, List.of(), actor,
                    actor.reason));
            mediation(event, at, actor);
        }
    }

    private void start(CaseType caseType, String id, String caseTitle, String region) {
        type = caseType;
        caseId = id;
        title = caseTitle;
        regionId = region;
    }

    /**
     * The lifecycle decides the petition's status and round; the step is named after its status. Here only what the
     * trail shows beyond it: the deadlines, the units' parts and the urges.
     */
    private void petition(Object event, Instant at, Actor actor) {
        petition = PetitionLifecycle.evolve(petition, event);
        round = petition.handlingRound();
        if (event instanceof PetitionForwarded forwarded) {
            List<String> unitIds = ids(forwarded.unitIds());
            unitIds.forEach(unit -> units.put(key(round, unit),
                    new UnitEntry(unit, "承办", round, at, forwarded.replyDueAt())));
            deadlines.add(DeadlineEntry.set(at, forwarded.replyDueAt(), round, unitIds, actor,
                    reason(forwarded.comment(), actor)));
        } else if (event instanceof PetitionDeadlineExtended extended) {
            extend(at, extended.previousDueAt(), extended.replyDueAt(), reason(extended.reason(), actor), actor);
        } else if (event instanceof PetitionOverdue overdue) {
            miss(at, overdue.replyDueAt(), ids(overdue.unitsNotReplied()), actor);
        } else if (event instanceof PetitionReplied replied) {
            reply(replied.unitId().value(), round, at);
        } else if (event instanceof PetitionUrged urged) {
            urge(at, actor, urged.comment());
        }
        if (petition.status().isTerminal()) {
            end(petitionStep(petition.status()), at);
        } else {
            enter(petitionStep(petition.status()), at);
        }
    }

    /** A petition's step, named after what it waits for in that status; a terminal status names how it ended. */
    private static String petitionStep(PetitionStatus status) {
        return switch (status) {
            case SUBMITTED -> "待受理";
            case ACCEPTED -> "待转办";
            case FORWARDED -> "办理中";
            case REPLIED -> "待回访";
            case FOLLOWED_UP -> "待评价";
            case RATED -> "待办结";
            case REOPENED -> "待重新转办";
            case CLOSED -> "已办结";
            case DECLINED -> "不予受理";
            case WITHDRAWN -> "已撤回";
            case MERGED -> "已合并";
        };
    }

    /**
     * The lifecycle decides the suggestion's status and round (the trail keeps round 1 until it is assigned); the
     * step is named after its status. Here only the deadlines, the units' parts and the urges.
     */
    private void suggestion(Object event, Instant at, Actor actor) {
        suggestion = SuggestionLifecycle.evolve(suggestion, event);
        if (suggestion.assigned()) {
            round = suggestion.round();
        }
        if (event instanceof SuggestionAssigned assigned) {
            String lead = assigned.leadUnitId().value();
            units.put(key(round, lead), new UnitEntry(lead, "主办", round, at, assigned.replyDueAt()));
            ids(assigned.coUnitIds()).forEach(unit -> units.put(key(round, unit),
                    new UnitEntry(unit, "协办", round, at, assigned.replyDueAt())));
            deadlines.add(DeadlineEntry.set(at, assigned.replyDueAt(), round, List.of(lead), actor,
                    reason(assigned.comment(), actor)));
        } else if (event instanceof SuggestionDeadlineExtended extended) {
            extend(at, extended.previousDueAt(), extended.replyDueAt(), reason(extended.reason(), actor), actor);
        } else if (event instanceof SuggestionOverdue overdue) {
            miss(at, overdue.replyDueAt(), List.of(overdue.leadUnitId().value()), actor);
        } else if (event instanceof SuggestionOpinionSent opinion) {
            reply(opinion.unitId().value(), round, at);
        } else if (event instanceof SuggestionReplied replied) {
            reply(replied.unitId().value(), replied.round(), at);
        } else if (event instanceof SuggestionReopened reopened) {
            String lead = suggestion.leadUnitId() == null ? null : suggestion.leadUnitId().value();
            if (lead != null) {
                units.put(key(round, lead), new UnitEntry(lead, "主办", round, at, reopened.replyDueAt()));
            }
            deadlines.add(DeadlineEntry.set(at, reopened.replyDueAt(), round,
                    lead == null ? List.of() : List.of(lead), actor, reason("评价不满意，重新办理", actor)));
        } else if (event instanceof SuggestionUrged urged) {
            urge(at, actor, urged.comment());
        }
        if (suggestion.status().isTerminal()) {
            end(suggestionStep(suggestion.status()), at);
        } else {
            enter(suggestionStep(suggestion.status()), at);
        }
    }

    /** A suggestion's step, named after what it waits for in that status; a terminal status names how it ended. */
    private static String suggestionStep(SuggestionStatus status) {
        return switch (status) {
            case DRAFTED -> "草拟联名";
            case SUBMITTED -> "待审查";
            case ACCEPTED -> "待交办";
            case ASSIGNED -> "办理中";
            case REPLIED -> "待评价";
            case RATED -> "待办结";
            case REHANDLING -> "重新办理";
            case CLOSED -> "已办结";
            case MERGED -> "已并案";
            case RETURNED -> "已退回";
        };
    }

    /** The lifecycle decides the mediation case's status; the step is named after it. Here only the deadlines. */
    private void mediation(Object event, Instant at, Actor actor) {
        mediation = MediationCaseLifecycle.evolve(mediation, event);
        if (event instanceof MediationPeriodExtended extended) {
            extend(at, extended.previousDueAt(), extended.mediationDueAt(), reason(extended.reason(), actor), actor);
        } else if (event instanceof MediationOverdue overdue) {
            miss(at, overdue.mediationDueAt(), List.of(), actor);
        }
        if (mediation.status().isTerminal()) {
            end(mediationStep(mediation.status()), at);
        } else {
            enter(mediationStep(mediation.status()), at);
        }
    }

    /** A mediation case's step, named after what it waits for in that status; a terminal one names the outcome. */
    private static String mediationStep(MediationCaseStatus status) {
        return switch (status) {
            case REFERRED -> "待指派调解员";
            case MEDIATING -> "调解中";
            case SETTLED -> "调解成功";
            case FAILED -> "调解不成";
            case WITHDRAWN -> "已撤回";
        };
    }

    /** The case moves into {@code step}; the same step again (a second follow-up) is not a new step. */
    private void enter(String step, Instant at) {
        if (endLabel != null) {
            return;
        }
        StepEntry current = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (current != null && current.name.equals(step)) {
            return;
        }
        if (current != null) {
            current.endedAt = at;
        }
        steps.add(new StepEntry(step, at));
    }

    private void end(String label, Instant at) {
        if (!steps.isEmpty() && steps.get(steps.size() - 1).endedAt == null) {
            steps.get(steps.size() - 1).endedAt = at;
        }
        endLabel = label;
    }

    private void extend(Instant at, Instant previousDueAt, Instant dueAt, String reason, Actor actor) {
        List<String> waiting = new ArrayList<>();
        units.values().stream().filter(unit -> unit.round == round && unit.repliedAt == null).forEach(unit -> {
            unit.dueAt = dueAt;
            waiting.add(unit.unitId);
        });
        deadlines.add(new DeadlineEntry("EXTENDED", "延期", at, dueAt, previousDueAt, round, waiting, actor, reason));
    }

    private void miss(Instant at, Instant dueAt, List<String> late, Actor actor) {
        late.forEach(unit -> {
            UnitEntry entry = units.get(key(round, unit));
            if (entry != null) {
                entry.missed = true;
            }
        });
        deadlines.add(new DeadlineEntry("MISSED", "逾期", at, dueAt, null, round, late, actor, null));
    }

    private void reply(String unitId, int replyRound, Instant at) {
        UnitEntry entry = units.get(key(replyRound, unitId));
        if (entry != null && entry.repliedAt == null) {
            entry.repliedAt = at;
        }
    }

    private void urge(Instant at, Actor actor, String comment) {
        String step = endLabel != null ? endLabel : steps.isEmpty() ? null : steps.get(steps.size() - 1).name;
        urges.add(new Urge(at, actor.name, actor.role, step, reason(comment, actor)));
    }

    private static String reason(String given, Actor actor) {
        return given != null && !given.isBlank() ? given : actor.reason;
    }

    private static List<String> ids(List<HandlingUnitId> unitIds) {
        return unitIds.stream().map(HandlingUnitId::value).toList();
    }

    private static String key(int round, String unitId) {
        return round + "/" + unitId;
    }

    /** Who acted, from the event's metadata; a role label in Chinese, the raw value when this version lacks it. */
    private record Actor(String name, String role, String reason) {

        static Actor of(DomainEventMessage<?> message) {
            Object name = message.getMetaData().get(MetadataKeys.ACTOR_NAME);
            Object role = message.getMetaData().get(MetadataKeys.ACTOR_ROLE);
            Object reason = message.getMetaData().get(MetadataKeys.REASON);
            return new Actor(name == null ? null : name.toString(), roleLabel(role),
                    reason == null ? null : reason.toString());
        }

        private static String roleLabel(Object role) {
            if (role == null) {
                return null;
            }
            try {
                return ActorRole.valueOf(role.toString()).label();
            } catch (IllegalArgumentException unknown) {
                return role.toString();
            }
        }
    }

    private static final class StepEntry {
        final String name;
        final Instant startedAt;
        Instant endedAt;

        StepEntry(String name, Instant startedAt) {
            this.name = name;
            this.startedAt = startedAt;
        }
    }

    private static final class UnitEntry {
        final String unitId;
        final String role;
        final int round;
        final Instant assignedAt;
        Instant dueAt;
        Instant repliedAt;
        boolean missed;

        UnitEntry(String unitId, String role, int round, Instant assignedAt, Instant dueAt) {
            this.unitId = unitId;
            this.role = role;
            this.round = round;
            this.assignedAt = assignedAt;
            this.dueAt = dueAt;
        }
    }

    private record DeadlineEntry(String kind, String kindLabel, Instant at, Instant dueAt, Instant previousDueAt,
                                 int round, List<String> unitIds, Actor actor, String reason) {

        static DeadlineEntry set(Instant at, Instant dueAt, int round, List<String> unitIds, Actor actor,
                                 String reason) {
            return new DeadlineEntry("SET", "设定", at, dueAt, null, round, unitIds, actor, reason);
        }
    }
}
