package cn.luzhi.query.todo;

import cn.luzhi.events.ballot.BallotAction;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.mediation.MediationCaseAction;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.suggestion.SuggestionAction;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.query.ballot.BallotQueries;
import cn.luzhi.query.ballot.BallotViews.BallotView;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ResultPage;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.mediation.MediationCaseQueries;
import cn.luzhi.query.mediation.MediationCaseViews.MediationCaseView;
import cn.luzhi.query.petition.PetitionQueries;
import cn.luzhi.query.petition.PetitionViews.PetitionView;
import cn.luzhi.query.suggestion.SuggestionQueries;
import cn.luzhi.query.suggestion.SuggestionViews;
import cn.luzhi.query.suggestion.SuggestionViews.SuggestionView;
import cn.luzhi.query.supervision.Supervision;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineList;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * 待办: what waits for the caller, per role (docs/roles.md), within the caller's scope exactly as the lists show it.
 * Which cases wait for an act is asked from the case type's lifecycle (the statuses in which the act is allowed),
 * never listed here; the supervisor's deadlines come from the supervision read model.
 */
@Component
class Todo {

    private static final Deadlines OVERDUE = new Deadlines("overdue", "已逾期");
    private static final Deadlines DUE_SOON = new Deadlines("due-soon", "7日内到期");

    /** One of the supervisor's groups. */
    private record Deadlines(String key, String title) {

        TodoViews.TodoGroup none() {
            return new TodoViews.TodoGroup(key, title, 0, List.of());
        }
    }

    private final PetitionQueries petitions;
    private final SuggestionQueries suggestions;
    private final MediationCaseQueries mediationCases;
    private final Supervision supervision;
    private final BallotQueries ballots;

    Todo(PetitionQueries petitions, SuggestionQueries suggestions, MediationCaseQueries mediationCases,
         Supervision supervision, BallotQueries ballots) {
        this.ballots = ballots;
        this.petitions = petitions;
        this.suggestions = suggestions;
        this.mediationCases = mediationCases;
        this.supervision = supervision;
    }

    TodoViews.TodoList of(Viewer viewer, int limit) {
        List<TodoViews.TodoGroup> groups = switch (viewer.role()) {
            // The clerk: new petitions to accept or decline, 12345 tickets whose result the hotline waits for,
            // suggestions to review and to assign, court referrals nobody mediates yet.
            case CLERK -> List.of(
                    petitions("petitions-to-accept", "待受理的民意诉求", viewer, limit,
                            PetitionAction.ACCEPT, PetitionAction.DECLINE),
                    petitionGroup("hotline-feedback", "待反馈12345的疑难工单",
                            petitions.findAwaitingHotlineFeedback(viewer, limit)),
                    suggestions("suggestions-to-review", "待审查的建议议案", viewer, limit, null,
                            SuggestionLifecycle.statusesAllowing(SuggestionAction.ACCEPT)),
                    suggestions("suggestions-to-assign", "待交办的建议议案", viewer, limit, null,
                            SuggestionLifecycle.statusesAllowing(SuggestionAction.ASSIGN)),
                    mediationCases("mediation-without-mediator", "待指派调解员的调解案件", viewer, limit,
                            MediationCaseLifecycle.awaitingMediators()));
            // A unit: the cases forwarded or assigned to it that wait for its answer.
            case UNIT -> List.of(
                    petitions("petitions-to-reply", "待答复的民意诉求", viewer, limit, PetitionAction.REPLY),
                    suggestions("suggestions-to-handle", "待办理的建议议案", viewer, limit, null,
                            statuses(SuggestionLifecycle::statusesAllowing, SuggestionAction.MEET,
                                    SuggestionAction.OPINION, SuggestionAction.REPLY)));
            // A supervisor: the deadlines of their region; one without a region sees no case (docs/roles.md).
            case SUPERVISOR -> viewer.regional()
                    ? List.of(deadlines(OVERDUE, supervision.overdueIn(viewer.regionId()), limit),
                            deadlines(DUE_SOON, supervision.dueSoonIn(viewer.regionId()), limit))
                    : List.of(OVERDUE.none(), DUE_SOON.none());
            // A leader: the suggestions they may still pick for key supervision, and how the key ones progress.
            case LEADER -> List.of(
                    suggestions("key-supervision-candidates", "可列为重点督办的建议议案", viewer, limit, false,
                            SuggestionLifecycle.statusesAllowing(SuggestionAction.PICK_FOR_KEY_SUPERVISION)),
                    suggestions("key-suggestions", "重点督办建议议案办理进展", viewer, limit, true,
                            Arrays.stream(SuggestionStatus.values()).filter(status -> !status.isTerminal())
                                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(SuggestionStatus.class)))));
            // A deputy: petitions addressed to them to take up, drafts they were invited to co-sign, the drafts they
            // lead to submit and the replies to rate, the cases they mediate, and the open ballots they may vote in.
            case DEPUTY -> List.of(
                    petitions("petitions-to-accept", "待受理的民意诉求", viewer, limit, PetitionAction.ACCEPT),
                    suggestionGroup("co-sign-invitations", "邀请我联名的建议", suggestions.findInvitations(
                            SuggestionLifecycle.statusesAllowing(SuggestionAction.CO_SIGN), viewer.deputyId(), viewer,
                            limit)),
                    suggestionsLed("suggestions-to-submit", "待提交的建议", viewer, limit, SuggestionAction.SUBMIT),
                    suggestionsLed("suggestions-to-rate", "待评价答复的建议", viewer, limit, SuggestionAction.RATE),
                    mediationCases("mediation-to-mediate", "调解中的案件", viewer, limit,
                            MediationCaseLifecycle.statusesAllowing(MediationCaseAction.RECORD_SESSION)),
                    ballots("ballots-to-vote", "待投票的票决", viewer, limit));
            default -> List.of();
        };
        return new TodoViews.TodoList(groups.stream().mapToLong(TodoViews.TodoGroup::count).sum(), groups);
    }

    private TodoViews.TodoGroup petitions(String key, String title, Viewer viewer, int limit,
                                          PetitionAction... actions) {
        Set<PetitionStatus> statuses = statuses(PetitionLifecycle::statusesAllowing, actions);
        return petitionGroup(key, title, petitions.findWaiting(statuses, viewer, limit));
    }

    private static TodoViews.TodoGroup petitionGroup(String key, String title, ResultPage<PetitionView> page) {
        return group(key, title, page, petition -> new TodoViews.TodoItem(petition.petitionId(), CaseType.PETITION,
                CaseType.PETITION.label(), petition.title(), petition.statusLabel(),
                names(petition.units().stream().map(unit -> unit.name()), petition.deputyName()),
                petition.replyDueAt(), petition.overdue(), href(CaseType.PETITION, petition.petitionId()), null));
    }

    private TodoViews.TodoGroup suggestions(String key, String title, Viewer viewer, int limit, Boolean keySupervision,
                                            Set<SuggestionStatus> statuses) {
        return suggestionGroup(key, title, suggestions.findWaiting(statuses, keySupervision, viewer, limit));
    }

    private static TodoViews.TodoGroup suggestionGroup(String key, String title, ResultPage<SuggestionView> page) {
        return group(key, title, page, suggestion -> new TodoViews.TodoItem(suggestion.suggestionId(),
                CaseType.SUGGESTION, suggestion.kindLabel(), suggestion.title(), suggestion.statusLabel(),
                names(Stream.ofNullable(suggestion.leadUnit()).map(SuggestionViews.Ref::name),
                        suggestion.leadDeputy() == null ? null : suggestion.leadDeputy().name()),
                suggestion.replyDueAt(), suggestion.overdue(), href(CaseType.SUGGESTION, suggestion.suggestionId()),
                null));
    }

    /** The suggestions the deputy leads that wait for an act only the lead deputy does. */
    private TodoViews.TodoGroup suggestionsLed(String key, String title, Viewer viewer, int limit,
                                               SuggestionAction action) {
        return suggestionGroup(key, title, suggestions.findWaitingLedBy(SuggestionLifecycle.statusesAllowing(action),
                viewer.deputyId(), viewer, limit));
    }

    /** The open ballots whose roll call names the deputy; voting happens on the phone's 票决投票 page. */
    private TodoViews.TodoGroup ballots(String key, String title, Viewer viewer, int limit) {
        ResultPage<BallotView> page = ballots.findEntitled(BallotLifecycle.statusesAllowing(BallotAction.VOTE),
                viewer.deputyId(), limit);
        return group(key, title, page, ballot -> new TodoViews.TodoItem(ballot.ballotId(), CaseType.BALLOT,
                CaseType.BALLOT.label(), ballot.title(), ballot.statusLabel(), ballot.regionName(), ballot.closesAt(),
                false, "vote.html", null));
    }

    private TodoViews.TodoGroup mediationCases(String key, String title, Viewer viewer, int limit,
                                               Set<MediationCaseStatus> statuses) {
        ResultPage<MediationCaseView> page = mediationCases.findWaiting(statuses, viewer, limit);
        return group(key, title, page, mediation -> new TodoViews.TodoItem(mediation.mediationCaseId(),
                CaseType.MEDIATION, CaseType.MEDIATION.label(), "诉前调解：" + mediation.disputeTypeLabel(),
                mediation.statusLabel(), names(mediation.mediators().stream().map(mediator -> mediator.name()),
                        mediation.court() == null ? null : mediation.court().name()),
                mediation.mediationDueAt(), mediation.overdue(),
                href(CaseType.MEDIATION, mediation.mediationCaseId()), null));
    }

    /**
     * A deadline list as a group of cases: a case forwarded to several units has a deadline each, and is listed
     * once, with its most urgent deadline and the units that owe an answer.
     */
    private static TodoViews.TodoGroup deadlines(Deadlines group, DeadlineList list, int limit) {
        Map<String, List<DeadlineRow>> byCase = new LinkedHashMap<>();
        for (DeadlineRow row : list.rows()) {
            byCase.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row);
        }
        boolean overdue = list.days() == null;
        List<TodoViews.TodoItem> items = byCase.values().stream().limit(limit).map(rows -> {
            DeadlineRow first = rows.get(0);
            return new TodoViews.TodoItem(first.caseId(), first.caseType(), first.caseTypeLabel(), first.title(),
                    group.title(), names(rows.stream().map(DeadlineRow::unitName), first.deputyName()), first.dueAt(),
                    overdue, href(first.caseType(), first.caseId()),
                    rows.stream().mapToInt(DeadlineRow::urgeCount).max().orElse(0));
        }).toList();
        return new TodoViews.TodoGroup(group.key(), group.title(), byCase.size(), items);
    }

    private static <T> TodoViews.TodoGroup group(String key, String title, ResultPage<T> page,
                                                 Function<T, TodoViews.TodoItem> item) {
        return new TodoViews.TodoGroup(key, title, page.totalElements(), page.items().stream().map(item).toList());
    }

    @SafeVarargs
    private static <A, S> Set<S> statuses(Function<A, Set<S>> allowing, A... actions) {
        Set<S> statuses = new HashSet<>();
        for (A action : actions) {
            statuses.addAll(allowing.apply(action));
        }
        return statuses;
    }

    /** Who holds the case: the units (or mediators), else the deputy or court; null when nobody is known. */
    private static String names(Stream<String> holders, String otherwise) {
        String names = holders.filter(Objects::nonNull).distinct().collect(Collectors.joining("、"));
        return names.isEmpty() ? otherwise : names;
    }

    static String href(CaseType type, String caseId) {
        String page = switch (type) {
            case PETITION -> "petition.html";
            case SUGGESTION -> "suggestion.html";
            case MEDIATION -> "mediation-case.html";
            case BALLOT, PROJECT, RECEPTION, LEGISLATION, DUTY_ACTIVITY ->
                    throw new IllegalArgumentException("No 待办 of type " + type);
        };
        return page + "?id=" + URLEncoder.encode(caseId, StandardCharsets.UTF_8);
    }
}
