package cn.luzhi.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.serialization.Revision;

/**
 * ARCHITECTURE.md, "Lifecycles", for any case type: nothing but its lifecycle decides the case's status from its
 * events. A code unit that looks at the case type's events (takes one, or tests for one with {@code instanceof})
 * must not name a status ({@code Status.X} or {@code valueOf}): it asks the lifecycle instead.
 */
final class CaseLifecycleRule {

    private CaseLifecycleRule() {
    }

    /**
     * @param lifecycle the one class allowed to decide the status
     * @param status    the case type's status enum
     * @param anEvent   any event of the case type: its package holds them all (those with {@link Revision})
     */
    static ArchRule noStatusFromEventsOutside(Class<?> lifecycle, Class<?> status, Class<?> anEvent) {
        String events = anEvent.getPackageName();
        String caseType = status.getSimpleName().replace("Status", "");
        return codeUnits().that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(lifecycle.getName())
                .should(new ArchCondition<>("not decide a " + caseType + "'s status from its events") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents violations) {
                        boolean readsEvents = unit.getRawParameterTypes().stream()
                                .anyMatch(type -> isEvent(type, events))
                                || unit.getInstanceofChecks().stream()
                                .anyMatch(check -> isEvent(check.getRawType(), events));
                        boolean namesStatus = unit.getFieldAccesses().stream()
                                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)
                                .anyMatch(access -> access.getTargetOwner().isEquivalentTo(status))
                                || unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName()
                                .equals("valueOf") && call.getTargetOwner().isEquivalentTo(status));
                        if (readsEvents && namesStatus) {
                            violations.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " works a "
                                    + caseType + "'s status out of its events; ask " + lifecycle.getSimpleName()));
                        }
                    }
                });
    }

    /** Whether {@code type} is one of the events in the package {@code events} (those with {@link Revision}). */
    static boolean isEvent(JavaClass type, String events) {
        return type.getPackageName().equals(events) && type.isAnnotatedWith(Revision.class);
    }
}
