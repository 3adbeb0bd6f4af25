package cn.luzhi.query.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.account.AccountCreated;
import cn.luzhi.events.account.AccountRoleChanged;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.reception.ReceptionIssueTurnedIntoPetition;
import cn.luzhi.events.suggestion.SuggestionCoSignersInvited;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every event that names a deputy is either an act the activity read model credits with points or listed here
 * with the reason it is none: a new event naming a deputy fails this test until someone decides which it is.
 */
class EveryDeputyActEarnsPointsTest {

    /** Events that name a deputy without recording something the deputy did. */
    private static final Map<Class<?>, String> NOT_ACTS = Map.ofEntries(
            Map.entry(PetitionSubmitted.class, "the citizen addressed the deputy; taking it up is the act"),
            Map.entry(SuggestionDrafted.class,
                    "a draft earns nothing until it is submitted (SuggestionSubmitted credits it)"),
            Map.entry(SuggestionCoSignersInvited.class, "being invited is not co-signing"),
            Map.entry(MediatorsAssigned.class,
                    "the clerk assigns; the sessions and the settlement are the mediator's acts"),
            Map.entry(MediatorReleased.class, "the clerk releases"),
            Map.entry(MediationOverdue.class, "a lapsed deadline, nobody's act"),
            Map.entry(BallotOpened.class, "lists the deputies entitled to vote; checking in is the act"),
            Map.entry(AccountCreated.class, "an administrator's act"),
            Map.entry(AccountRoleChanged.class, "an administrator's act"),
            Map.entry(DutyActivityScheduled.class, "being invited is not attending"),
            Map.entry(ReceptionIssueTurnedIntoPetition.class,
                    "the reception already earned its deputies; taking the petition up is the act"),
            Map.entry(AttendanceRecorded.class,
                    "attendance counts as fixed when the activity closes (DutyActivityClosed credits it)"),
            Map.entry(DeputyCheckedInToActivity.class,
                    "a check-in may be corrected until the activity closes (DutyActivityClosed credits it)"));

    @Test
    void shouldCreditEveryEventThatRecordsADeputysAct() {
        Set<String> handled = Arrays.stream(DeputyActivityProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes).map(types -> types[0].getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> notActs = NOT_ACTS.keySet().stream().map(Class::getName).collect(Collectors.toSet());

        Set<String> uncounted = new TreeSet<>(namingADeputy());
        uncounted.removeAll(handled);
        uncounted.removeAll(notActs);
        // The registry of deputies records the deputies themselves, not what they did.
        uncounted.removeIf(name -> name.startsWith("cn.luzhi.events.deputy."));

        assertThat(uncounted).as("events naming a deputy that earn no points and are not listed as no act")
                .isEmpty();
    }

    @Test
    void shouldListOnlyEventsThatNameADeputyAsNoAct() {
        assertThat(namingADeputy()).containsAll(NOT_ACTS.keySet().stream().map(Class::getName).toList());
    }

    private static Set<String> namingADeputy() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("cn.luzhi.events").stream()
                .map(candidate -> load(candidate.getBeanClassName()))
                .filter(type -> type.isRecord() && Arrays.stream(type.getRecordComponents())
                        .anyMatch(EveryDeputyActEarnsPointsTest::namesADeputy))
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean namesADeputy(RecordComponent component) {
        Type type = component.getGenericType();
        if (type == DeputyId.class) {
            return true;
        }
        return type instanceof ParameterizedType parameterized
                && Arrays.asList(parameterized.getActualTypeArguments()).contains(DeputyId.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
