package cn.luzhi.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md, "Lifecycles": nothing but the lifecycle decides a petition's status from its events. A code unit
 * that looks at petition events (takes one, or tests for one with {@code instanceof}) must not name a status
 * ({@code PetitionStatus.X} or {@code valueOf}): it asks {@link PetitionLifecycle} instead.
 */
class LifecycleRulesTest {

    private static final String PETITION_EVENTS = PetitionSubmitted.class.getPackageName();

    static final ArchRule NO_STATUS_FROM_PETITION_EVENTS = codeUnits()
            .that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(PetitionLifecycle.class.getName())
            .should(new ArchCondition<>("not decide a petition's status from petition events") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    boolean readsEvents = unit.getRawParameterTypes().stream().anyMatch(LifecycleRulesTest::isEvent)
                            || unit.getInstanceofChecks().stream().anyMatch(check -> isEvent(check.getRawType()));
                    boolean namesStatus = unit.getFieldAccesses().stream()
                            .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)
                            .anyMatch(access -> access.getTargetOwner().isEquivalentTo(PetitionStatus.class))
                            || unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("valueOf")
                            && call.getTargetOwner().isEquivalentTo(PetitionStatus.class));
                    if (readsEvents && namesStatus) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                + " works a petition's status out of its events; ask PetitionLifecycle"));
                    }
                }
            });

    @Test
    void shouldLeavePetitionStatusToTheLifecycleInEveryModule() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.luzhi");
        // The three modules are on the path, so the rule below cannot pass on nothing.
        assertThat(production.contain("cn.luzhi.command.petition.Petition")).isTrue();
        assertThat(production.contain("cn.luzhi.query.petition.PetitionProjection")).isTrue();
        assertThat(production.contain("cn.luzhi.app.demo.NextStep")).isTrue();

        NO_STATUS_FROM_PETITION_EVENTS.check(production);
    }

    @Test
    void shouldCatchACopyOfTheRules() {
        JavaClasses copy = new ClassFileImporter().importClasses(StatusCopy.class);

        EvaluationResult result = NO_STATUS_FROM_PETITION_EVENTS.evaluate(copy);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString().contains("StatusCopy.statusAfter");
    }

    private static boolean isEvent(JavaClass type) {
        return type.getPackageName().equals(PETITION_EVENTS) && type.isAnnotatedWith(Revision.class);
    }

    /** What the rule is there to stop: a second copy of the lifecycle's status rules. */
    static final class StatusCopy {

        static PetitionStatus statusAfter(Object event, PetitionStatus current) {
            return event instanceof PetitionSubmitted ? PetitionStatus.SUBMITTED : current;
        }
    }
}
