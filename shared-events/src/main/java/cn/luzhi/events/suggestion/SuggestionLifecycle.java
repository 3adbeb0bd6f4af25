package cn.luzhi.events.suggestion;

import static cn.luzhi.events.suggestion.SuggestionStatus.ACCEPTED;
import static cn.luzhi.events.suggestion.SuggestionStatus.ASSIGNED;
import static cn.luzhi.events.suggestion.SuggestionStatus.CLOSED;
import static cn.luzhi.events.suggestion.SuggestionStatus.DRAFTED;
import static cn.luzhi.events.suggestion.SuggestionStatus.RATED;
import static cn.luzhi.events.suggestion.SuggestionStatus.REHANDLING;
import static cn.luzhi.events.suggestion.SuggestionStatus.REPLIED;
import static cn.luzhi.events.suggestion.SuggestionStatus.SUBMITTED;

import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a suggestion's or bill's lifecycle (代表建议/议案): how each event changes its
 * {@link SuggestionState} ({@link #evolve}) and whether an action is allowed in a state, with the Chinese reason
 * when it is not ({@link #check}, and the {@code check...} methods for the actions whose answer depends on what
 * the command names). The aggregate guards and evolves with it; the read model, the audit history, the ownership
 * rules and the demo ask it instead of working the status out themselves.
 *
 * <p>A new transition is a new event record, a branch in {@link #evolve}, a rule in {@link #check} (and a
 * {@link SuggestionAction} with its label when it is a new act), the aggregate's handler and the route.
 */
public final class SuggestionLifecycle {

    /**
     * 代表十人以上联名: a deputies' bill to a county-level or higher congress needs at least ten deputies, the lead
     * deputy included ("以上" counts the ten themselves; 地方组织法).
     */
    public static final int BILL_MIN_DEPUTIES = 10;

    /** The round an assignment starts. */
    public static final int FIRST_ROUND = 1;

    /** The first handling plus the one re-handling an unsatisfied deputy may ask for. */
    static final int MAX_ROUNDS = 2;

    /** Dates users read are Beijing time, whatever zone the server runs in. */
    private static final DateTimeFormatter DUE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy年M月d日HH:mm").withZone(ChinaCalendar.ZONE);

    /** Where units work on the suggestion; meetings, opinions, replies and extensions happen only here. */
    private static final Set<SuggestionStatus> IN_HANDS_OF_UNITS = EnumSet.of(ASSIGNED, REHANDLING);

    private SuggestionLifecycle() {
    }

    /** The state after {@code event}; an event of another case type leaves it as it is. */
    public static SuggestionState evolve(SuggestionState state, Object event) {
        if (event instanceof SuggestionDrafted drafted) {
            Next next = new Next(SuggestionState.NONE);
            next.status = DRAFTED;
            next.kind = drafted.kind();
            next.leadDeputyId = drafted.leadDeputyId();
            next.fromProcuratorate = drafted.procuratorateReference() != null;
            return next.state();
        }
        Next next = new Next(state);
        if (event instanceof SuggestionCoSigned coSigned) {
            next.coSigners.add(coSigned.deputyId());
        } else if (event instanceof SuggestionCoSignersInvited invited) {
            next.invited.addAll(invited.deputyIds());
        } else if (event instanceof SuggestionSubmitted) {
            next.status = SUBMITTED;
        } else if (event instanceof SuggestionAccepted) {
            next.status = ACCEPTED;
        } else if (event instanceof SuggestionReturned) {
            next.end(SuggestionStatus.RETURNED);
        } else if (event instanceof SuggestionMerged merged) {
            next.end(SuggestionStatus.MERGED);
            next.mergedInto = merged.intoSuggestionId();
        } else if (event instanceof BillHandledAsSuggestion) {
            next.kind = SuggestionKind.SUGGESTION;
            next.status = ACCEPTED;
        } else if (event instanceof SuggestionAssigned assigned) {
            next.status = ASSIGNED;
            next.leadUnitId = assigned.leadUnitId();
            next.coUnitIds = new ArrayList<>(assigned.coUnitIds());
            next.replyDueAt = assigned.replyDueAt();
            next.latestReplyDueAt = assigned.latestReplyDueAt();
            next.round = FIRST_ROUND;
            next.overdue = false;
        } else if (event instanceof SuggestionDeadlineExtended extended) {
            next.replyDueAt = extended.replyDueAt();
            next.overdue = false;
        } else if (event instanceof SuggestionOverdue overdue) {
            next.replyDueAt = overdue.replyDueAt();
            next.overdue = true;
        } else if (event instanceof SuggestionReplied replied) {
            next.status = REPLIED;
            next.result = replied.result();
            next.overdue = false;
        } else if (event instanceof SuggestionRated rated) {
            next.status = RATED;
            next.lastRating = rated.satisfaction();
        } else if (event instanceof SuggestionReopened reopened) {
            // A new round with a deadline of its own; the event numbers the round, as it always has.
            next.status = REHANDLING;
            next.round = reopened.round();
            next.replyDueAt = reopened.replyDueAt();
            next.latestReplyDueAt = reopened.latestReplyDueAt();
            next.overdue = false;
        } else if (event instanceof SuggestionClosed closed) {
            next.end(CLOSED);
            next.result = closed.result() != null ? closed.result() : next.result;
            next.lastRating = closed.satisfaction() != null ? closed.satisfaction() : next.lastRating;
        } else if (event instanceof SuggestionUrged) {
            next.urgeCount++;
        } else if (event instanceof SuggestionPickedForKeySupervision picked) {
            next.supervisingLeaders.add(picked.leaderName());
        } else if (event instanceof SuggestionFollowedUp followedUp) {
            next.followUpYears.add(followedUp.year());
        } else if (event instanceof SuggestionUpgradedToSolved solved) {
            // The replied class stays: the reply year's published shares never change; the solve counts in its year.
            next.solvedYear = solved.year();
        } else if (event instanceof SuggestionConvertedToProcuratorate converted) {
            next.convertedToProcuratorate = true;
            next.procuratorateId = converted.procuratorateId();
        } else if (event instanceof SuggestionProcuratorateOutcomeRecorded recorded) {
            next.procuratorateOutcome = recorded.outcome();
        } else if (event instanceof SuggestionDiscussedWithDeputy || event instanceof SuggestionOpinionSent) {
            // Recorded for the history and the figures; nothing the rules depend on changes.
            return state;
        } else {
            // Another case type's event.
            return state;
        }
        return next.state();
    }

    /** The state after all of {@code events}, oldest first. */
    public static SuggestionState replay(Iterable<?> events) {
        SuggestionState state = SuggestionState.NONE;
        for (Object event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /**
     * Whether {@code action} is allowed in {@code state}: empty when it is, else why not. For an action whose
     * answer also depends on what its command names, this is the answer for a command that names nothing amiss.
     */
    public static Optional<Refusal> check(SuggestionState state, SuggestionAction action) {
        return checkStatus(state, action).or(() -> checkState(state, action));
    }

    /** Whether {@code deputy} may co-sign now: not the lead deputy, not twice. */
    public static Optional<Refusal> checkCoSign(SuggestionState state, DeputyId deputy) {
        return check(state, SuggestionAction.CO_SIGN).or(() -> {
            if (deputy.equals(state.leadDeputyId())) {
                return Optional.of(Refusal.becauseOf("deputyId", "代表「" + deputy + "」是领衔代表，不能再联名"));
            }
            if (state.coSigners().contains(deputy)) {
                return Optional.of(Refusal.becauseOf("deputyId", "代表「" + deputy + "」已联名，不能重复联名"));
            }
            return Optional.empty();
        });
    }

    /** Whether {@code deputies} may be invited to co-sign now: not the lead deputy, nobody invited or signed twice. */
    public static Optional<Refusal> checkInvite(SuggestionState state, List<DeputyId> deputies) {
        return check(state, SuggestionAction.INVITE).or(() -> {
            Set<DeputyId> named = new HashSet<>();
            for (DeputyId deputy : deputies) {
                if (deputy.equals(state.leadDeputyId())) {
                    return Optional.of(Refusal.becauseOf("deputyIds", "代表「" + deputy + "」是领衔代表，无需邀请"));
                }
                if (state.coSigners().contains(deputy)) {
                    return Optional.of(Refusal.becauseOf("deputyIds", "代表「" + deputy + "」已联名，无需邀请"));
                }
                if (state.invited().contains(deputy) || !named.add(deputy)) {
                    return Optional.of(Refusal.becauseOf("deputyIds", "代表「" + deputy + "」已邀请，不能重复邀请"));
                }
            }
            return Optional.empty();
        });
    }

    /** Whether it may be submitted in {@code period}: a bill only while the congress sits, and by ten deputies. */
    public static Optional<Refusal> checkSubmit(SuggestionState state, SessionPeriod period) {
        return checkStatus(state, SuggestionAction.SUBMIT).or(() -> {
            // Deputies' bills go to the congress itself, so they can only be brought while it sits (代表法).
            if (state.kind() == SuggestionKind.BILL && period != SessionPeriod.DURING_SESSION) {
                return Optional.of(Refusal.becauseOf("sessionPeriod", "议案只能在大会期间提出，闭会期间请作为建议提出"));
            }
            return Optional.empty();
        }).or(() -> checkState(state, SuggestionAction.SUBMIT));
    }

    /** Whether the deadline may move to {@code newDueAt}: later than now, no later than the longest period. */
    public static Optional<Refusal> checkExtend(SuggestionState state, Instant newDueAt) {
        return check(state, SuggestionAction.EXTEND).or(() -> {
            if (!newDueAt.isAfter(state.replyDueAt())) {
                return Optional.of(Refusal.becauseOf("replyDueAt",
                        "新的答复期限须晚于现有期限" + DUE_FORMAT.format(state.replyDueAt())));
            }
            if (newDueAt.isAfter(state.latestReplyDueAt())) {
                return Optional.of(Refusal.becauseOf("replyDueAt",
                        "答复期限最迟只能延至" + DUE_FORMAT.format(state.latestReplyDueAt()) + "（最长办理期限）"));
            }
            return Optional.empty();
        });
    }

    /** Whether {@code unit} may meet the deputy now: the lead unit or a co-unit. */
    public static Optional<Refusal> checkMeet(SuggestionState state, HandlingUnitId unit) {
        return check(state, SuggestionAction.MEET).or(() -> state.units().contains(unit) ? Optional.empty()
                : notAssigned(state, unit, SuggestionAction.MEET));
    }

    /** Whether {@code unit} may send the lead unit its opinion now: only a co-unit does. */
    public static Optional<Refusal> checkOpinion(SuggestionState state, HandlingUnitId unit) {
        return check(state, SuggestionAction.OPINION).or(() -> {
            if (unit.equals(state.leadUnitId())) {
                return Optional.of(Refusal.becauseOf("unitId", "「" + unit + "」是主办单位，协办意见只能由协办单位提出"));
            }
            return state.coUnitIds().contains(unit) ? Optional.empty()
                    : notAssigned(state, unit, SuggestionAction.OPINION);
        });
    }

    /** Whether {@code unit} may reply now: only the lead unit replies and sets the class. */
    public static Optional<Refusal> checkReply(SuggestionState state, HandlingUnitId unit) {
        return check(state, SuggestionAction.REPLY).or(() -> {
            if (state.coUnitIds().contains(unit)) {
                return Optional.of(Refusal.becauseOf("unitId", "「" + unit + "」是协办单位，只有主办单位「"
                        + state.leadUnitId() + "」才能答复并确定办理结果"));
            }
            return unit.equals(state.leadUnitId()) ? Optional.empty()
                    : notAssigned(state, unit, SuggestionAction.REPLY);
        });
    }

    /** Whether {@code leaderName} may pick it for key supervision now: a leader picks it once. */
    public static Optional<Refusal> checkKeySupervision(SuggestionState state, String leaderName) {
        return check(state, SuggestionAction.PICK_FOR_KEY_SUPERVISION).or(() ->
                state.supervisingLeaders().contains(leaderName)
                        ? Optional.of(Refusal.becauseOf("leaderName", "「" + leaderName + "」已在重点督办本件"
                                + state.noun()))
                        : Optional.empty());
    }

    /**
     * Whether a follow-up (回头看) for {@code year} may be recorded now, the reply having come in
     * {@code repliedYear} and today being in {@code thisYear} (Beijing time): a B-class reply not yet found
     * solved, for a year after the reply's and not after this one, once a year.
     */
    public static Optional<Refusal> checkFollowUp(SuggestionState state, int year, int repliedYear, int thisYear) {
        return check(state, SuggestionAction.FOLLOW_UP).or(() -> {
            if (year <= repliedYear || year > thisYear) {
                return Optional.of(Refusal.becauseOf("year", "回头看年度须晚于答复年度（" + repliedYear
                        + "年），且不晚于今年（" + thisYear + "年）"));
            }
            if (state.followUpYears().contains(year)) {
                return Optional.of(Refusal.becauseOf("year", "本件" + year + "年度已回头看，每年只记录一次"));
            }
            return Optional.empty();
        });
    }

    /** Whether the procuratorate's decision of {@code decidedOn} may be recorded when it is {@code today}. */
    public static Optional<Refusal> checkProcuratorateOutcome(SuggestionState state, LocalDate decidedOn,
                                                              LocalDate today) {
        return check(state, SuggestionAction.RECORD_PROCURATORATE_OUTCOME).or(() -> decidedOn.isAfter(today)
                ? Optional.of(Refusal.becauseOf("decidedOn", "检察机关的决定日期不能晚于今天"))
                : Optional.empty());
    }

    /** Whether a rating of {@code satisfaction} sends it back to the units: unsatisfied, and once only. */
    public static boolean isRehandledAfter(SuggestionState state, Satisfaction satisfaction) {
        // A second unsatisfied rating is only recorded: the suggestion can then be closed, not re-handled.
        return satisfaction == Satisfaction.UNSATISFIED && state.round() < MAX_ROUNDS;
    }

    /**
     * A reply deadline scheduled for {@code round} and {@code dueAt} has passed: overdue unless replied to,
     * extended or superseded by the re-handling round since.
     */
    public static boolean isOverdueAt(SuggestionState state, int round, Instant dueAt) {
        return IN_HANDS_OF_UNITS.contains(state.status()) && round == state.round()
                && dueAt.equals(state.replyDueAt());
    }

    /**
     * The statuses in which {@code action} may be taken (the rules beyond the status aside): what a list of
     * suggestions waiting for that action selects, so that no list keeps its own copy of the rule.
     */
    public static Set<SuggestionStatus> statusesAllowing(SuggestionAction action) {
        return switch (action) {
            case INVITE, CO_SIGN, SUBMIT -> EnumSet.of(DRAFTED);
            case ACCEPT, RETURN, MERGE, HANDLE_AS_SUGGESTION -> EnumSet.of(SUBMITTED);
            case ASSIGN -> EnumSet.of(ACCEPTED);
            case EXTEND, MEET, OPINION, REPLY -> IN_HANDS_OF_UNITS;
            case RATE -> EnumSet.of(REPLIED);
            case CLOSE -> EnumSet.of(REPLIED, RATED);
            case PICK_FOR_KEY_SUPERVISION -> EnumSet.of(ACCEPTED, ASSIGNED, REHANDLING, REPLIED, RATED);
            case FOLLOW_UP -> EnumSet.of(REPLIED, RATED, CLOSED);
            // The procuratorate decides on its own time: its answer may come after the suggestion was closed.
            case RECORD_PROCURATORATE_OUTCOME -> EnumSet.complementOf(EnumSet.of(DRAFTED));
            // Filed means submitted: a draft is still the deputy's own and nobody else acts on it.
            case URGE, CONVERT_TO_PROCURATORATE -> filedAndOpen();
        };
    }

    private static Optional<Refusal> checkStatus(SuggestionState state, SuggestionAction action) {
        if (!statusesAllowing(action).contains(state.status())) {
            return Optional.of(Refusal.because(state.noun() + "当前状态为「" + label(state) + "」，不能"
                    + action.label()));
        }
        return Optional.empty();
    }

    /** The rules beyond the status that depend on the state alone. */
    private static Optional<Refusal> checkState(SuggestionState state, SuggestionAction action) {
        return switch (action) {
            case SUBMIT -> state.kind() == SuggestionKind.BILL && state.deputyCount() < BILL_MIN_DEPUTIES
                    ? Optional.of(Refusal.because("议案须由代表" + BILL_MIN_DEPUTIES + "人以上联名提出，目前联名代表共"
                            + state.deputyCount() + "人，不能提交"))
                    : Optional.empty();
            case HANDLE_AS_SUGGESTION -> state.kind() != SuggestionKind.BILL
                    ? Optional.of(Refusal.because("本件是建议，只有议案才能转为建议处理")) : Optional.empty();
            case FOLLOW_UP -> state.result() != HandlingResult.BEING_SOLVED_OR_PLANNED
                    ? Optional.of(Refusal.because("本件办理结果为" + state.result().code() + "类（"
                            + state.result().label() + "），只有B类" + state.noun() + "才能回头看"))
                    : state.solved()
                            ? Optional.of(Refusal.because("本件已于" + state.solvedYear() + "年回头看时解决，无需再回头看"))
                            : Optional.empty();
            case RECORD_PROCURATORATE_OUTCOME -> !state.convertedToProcuratorate()
                    ? Optional.of(Refusal.because("本件未转为检察建议，没有检察机关的办理结果可记录"))
                    : state.procuratorateOutcome() != null
                            ? Optional.of(Refusal.because("检察机关的办理结果已记录为「"
                                    + state.procuratorateOutcome().label() + "」，不能重复记录"))
                            : Optional.empty();
            case CONVERT_TO_PROCURATORATE -> state.fromProcuratorate()
                    ? Optional.of(Refusal.because("本件由检察建议转化而来，不能再转为检察建议"))
                    : state.convertedToProcuratorate()
                            ? Optional.of(Refusal.because("本件已转为检察建议，不能重复转化")) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Refusal> notAssigned(SuggestionState state, HandlingUnitId unit, SuggestionAction action) {
        return Optional.of(Refusal.becauseOf("unitId", "承办单位「" + unit + "」未承办该" + state.noun() + "，不能"
                + action.label()));
    }

    private static Set<SuggestionStatus> filedAndOpen() {
        EnumSet<SuggestionStatus> open = EnumSet.noneOf(SuggestionStatus.class);
        for (SuggestionStatus status : SuggestionStatus.values()) {
            if (status != DRAFTED && !status.isTerminal()) {
                open.add(status);
            }
        }
        return open;
    }

    private static String label(SuggestionState state) {
        return state.status() == null ? "未起草" : state.status().label();
    }

    /** The state being changed by one event: a mutable copy, so each branch of evolve names only what changes. */
    private static final class Next {
        SuggestionStatus status;
        SuggestionKind kind;
        DeputyId leadDeputyId;
        List<DeputyId> coSigners;
        boolean fromProcuratorate;
        boolean convertedToProcuratorate;
        HandlingUnitId leadUnitId;
        List<HandlingUnitId> coUnitIds;
        Instant replyDueAt;
        Instant latestReplyDueAt;
        int round;
        HandlingResult result;
        Satisfaction lastRating;
        List<String> supervisingLeaders;
        boolean overdue;
        int urgeCount;
        SuggestionId mergedInto;
        List<DeputyId> invited;
        List<Integer> followUpYears;
        Integer solvedYear;
        HandlingUnitId procuratorateId;
        ProcuratorateOutcome procuratorateOutcome;

        Next(SuggestionState state) {
            status = state.status();
            kind = state.kind();
            leadDeputyId = state.leadDeputyId();
            coSigners = new ArrayList<>(state.coSigners());
            fromProcuratorate = state.fromProcuratorate();
            convertedToProcuratorate = state.convertedToProcuratorate();
            leadUnitId = state.leadUnitId();
            coUnitIds = new ArrayList<>(state.coUnitIds());
            replyDueAt = state.replyDueAt();
            latestReplyDueAt = state.latestReplyDueAt();
            round = state.round();
            result = state.result();
            lastRating = state.lastRating();
            supervisingLeaders = new ArrayList<>(state.supervisingLeaders());
            overdue = state.overdue();
            urgeCount = state.urgeCount();
            mergedInto = state.mergedInto();
            invited = new ArrayList<>(state.invited());
            followUpYears = new ArrayList<>(state.followUpYears());
            solvedYear = state.solvedYear();
            procuratorateId = state.procuratorateId();
            procuratorateOutcome = state.procuratorateOutcome();
        }

        /** Ends the suggestion: it no longer waits for anyone, so it cannot be overdue. */
        void end(SuggestionStatus terminal) {
            status = terminal;
            overdue = false;
        }

        SuggestionState state() {
            return new SuggestionState(status, kind, leadDeputyId, coSigners, fromProcuratorate,
                    convertedToProcuratorate, leadUnitId, coUnitIds, replyDueAt, latestReplyDueAt, round, result,
                    lastRating, supervisingLeaders, overdue, urgeCount, mergedInto, invited, followUpYears, solvedYear,
                    procuratorateId, procuratorateOutcome);
        }
    }
}
