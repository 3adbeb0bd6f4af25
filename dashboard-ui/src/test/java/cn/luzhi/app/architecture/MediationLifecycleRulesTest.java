package cn.luzhi.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseStatus;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Nothing but {@link MediationCaseLifecycle} decides a mediation case's status from its events. */
class MediationLifecycleRulesTest {

    static final ArchRule NO_STATUS_FROM_MEDIATION_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            MediationCaseLifecycle.class, MediationCaseStatus.class, MediationCaseReferred.class);

    @Test
    void shouldLeaveMediationStatusToTheLifecycleInEveryModule() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.luzhi");
        // The three modules are on the path, so the rule below cannot pass on nothing.
        assertThat(production.contain("cn.luzhi.command.mediation.MediationCase")).isTrue();
        assertThat(production.contain("cn.luzhi.query.mediation.MediationCaseProjection")).isTrue();
        assertThat(production.contain("cn.luzhi.app.demo.NextStep")).isTrue();

        NO_STATUS_FROM_MEDIATION_EVENTS.check(production);
    }

    @Test
    void shouldCatchACopyOfTheRules() {
        JavaClasses copy = new ClassFileImporter().importClasses(StatusCopy.class);

        EvaluationResult result = NO_STATUS_FROM_MEDIATION_EVENTS.evaluate(copy);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("StatusCopy.statusAfter");
    }

    /** What the rule is there to stop: a second copy of the lifecycle's status rules. */
    static final class StatusCopy {

        static MediationCaseStatus statusAfter(Object event, MediationCaseStatus current) {
            return event instanceof MediationCaseSettled ? MediationCaseStatus.SETTLED : current;
        }
    }
}
