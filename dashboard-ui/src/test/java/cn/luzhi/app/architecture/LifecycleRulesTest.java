package cn.luzhi.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
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
 * ARCHITECTURE.md, "Lifecycles": nothing but the lifecycle decides a case's status from its events. A code unit
 * that looks at a case type's events (takes one, or tests for one with {@code instanceof}) must not name a status
 * of that type ({@code PetitionStatus.X} or {@code valueOf}): it asks the type's lifecycle instead.
 */
class LifecycleRulesTest {

    static final ArchRule NO_STATUS_FROM_PETITION_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            PetitionLifecycle.class, PetitionStatus.class, PetitionSubmitted.class);

    static final ArchRule NO_STATUS_FROM_SUGGESTION_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            SuggestionLifecycle.class, SuggestionStatus.class, SuggestionDrafted.class);

    /**
     * Nor does anything keep a second petition lifecycle beside it under other names (step labels, round numbers): a
     * code unit that tells petition events of two or more kinds apart follows the lifecycle (calls it) and adds only
     * what it shows of each step, and nothing outside the lifecycle reads the status or the round an event carries,
     * which the lifecycle works out itself. {@code @EventHandler} methods take one kind each and delegate.
     */
    static final ArchRule NO_SECOND_PETITION_LIFECYCLE = codeUnits()
            .that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(PetitionLifecycle.class.getName())
            .should(new ArchCondition<>("not keep a second petition lifecycle") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    long kinds = unit.getInstanceofChecks().stream().map(InstanceofCheck::getRawType)
                            .filter(LifecycleRulesTest::isPetitionEvent).map(JavaClass::getName).distinct().count();
                    boolean followsLifecycle = unit.getMethodCallsFromSelf().stream()
                            .anyMatch(call -> call.getTargetOwner().isEquivalentTo(PetitionLifecycle.class));
                    if (kinds > 1 && !followsLifecycle) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                + " tells petition events apart without PetitionLifecycle; follow it"));
                    }
                    unit.getMethodCallsFromSelf().stream()
                            .filter(call -> isPetitionEvent(call.getTargetOwner()) && (call.getName().equals("round")
                                    || call.getTarget().getRawReturnType().isEquivalentTo(PetitionStatus.class)))
                            .forEach(call -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                    + " copies " + call.getTarget().getFullName() + "; ask PetitionLifecycle")));
                }
            });

    @Test
    void shouldLeaveEveryCaseStatusToItsLifecycleInEveryModule() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.luzhi");
        // The three modules are on the path, so the rules below cannot pass on nothing.
        assertThat(production.contain("cn.luzhi.command.petition.Petition")).isTrue();
        assertThat(production.contain("cn.luzhi.query.petition.PetitionProjection")).isTrue();
        assertThat(production.contain("cn.luzhi.command.suggestion.Suggestion")).isTrue();
        assertThat(production.contain("cn.luzhi.query.suggestion.SuggestionProjection")).isTrue();
        assertThat(production.contain("cn.luzhi.app.demo.NextStep")).isTrue();

        NO_STATUS_FROM_PETITION_EVENTS.check(production);
        NO_STATUS_FROM_SUGGESTION_EVENTS.check(production);
    }

    @Test
    void shouldCatchACopyOfTheRules() {
        JavaClasses copy = new ClassFileImporter().importClasses(StatusCopy.class);

        EvaluationResult petition = NO_STATUS_FROM_PETITION_EVENTS.evaluate(copy);
        EvaluationResult suggestion = NO_STATUS_FROM_SUGGESTION_EVENTS.evaluate(copy);

        assertThat(petition.hasViolation()).isTrue();
        assertThat(petition.getFailureReport().getDetails()).singleElement().asString()
                .contains("StatusCopy.statusAfter");
        assertThat(suggestion.hasViolation()).isTrue();
        assertThat(suggestion.getFailureReport().getDetails()).singleElement().asString()
                .contains("StatusCopy.suggestionStatusAfter");
    }

    @Test
    void shouldKeepNoSecondPetitionLifecycleInAnyModule() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.luzhi");
        assertThat(production.contain("cn.luzhi.query.supervision.SupervisionProjection")).isTrue();

        NO_SECOND_PETITION_LIFECYCLE.check(production);
    }

    @Test
    void shouldCatchAStepChainAndACopiedRound() {
        JavaClasses copies = new ClassFileImporter().importClasses(StepCopy.class, RoundCopy.class);

        EvaluationResult result = NO_SECOND_PETITION_LIFECYCLE.evaluate(copies);

        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(detail -> assertThat(detail).contains("StepCopy.stepAfter").contains("tells petition"))
                .anySatisfy(detail -> assertThat(detail).contains("RoundCopy.roundAfter")
                        .contains("PetitionReopened.round()"));
    }

    private static boolean isPetitionEvent(JavaClass type) {
        return CaseLifecycleRule.isEvent(type, PetitionSubmitted.class.getPackageName());
    }

    /** A second lifecycle under other names: steps told from the events, no status named. */
    static final class StepCopy {

        static String stepAfter(Object event, String current) {
            if (event instanceof PetitionSubmitted) {
                return "待受理";
            }
            return event instanceof PetitionAccepted ? "待转办" : current;
        }
    }

    /** A round copied from the event rather than counted by the lifecycle. */
    static final class RoundCopy {

        static int roundAfter(PetitionReopened event) {
            return event.round();
        }
    }

    /** What the rules are there to stop: a second copy of a lifecycle's status rules. */
    static final class StatusCopy {

        static PetitionStatus statusAfter(Object event, PetitionStatus current) {
            return event instanceof PetitionSubmitted ? PetitionStatus.SUBMITTED : current;
        }

        static SuggestionStatus suggestionStatusAfter(Object event, SuggestionStatus current) {
            return event instanceof SuggestionSubmitted ? SuggestionStatus.SUBMITTED : current;
        }
    }
}
