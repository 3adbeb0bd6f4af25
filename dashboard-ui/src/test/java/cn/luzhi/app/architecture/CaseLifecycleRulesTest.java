package cn.luzhi.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseStatus;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per case type with a lifecycle: nothing but the lifecycle decides the case's status from its events
 * ({@link CaseLifecycleRule}). The petition's rule is LifecycleRulesTest.
 */
class CaseLifecycleRulesTest {

    static final ArchRule NO_STATUS_FROM_MEDIATION_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            MediationCaseLifecycle.class, MediationCaseStatus.class, MediationCaseReferred.class);
    static final ArchRule NO_STATUS_FROM_BALLOT_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            BallotLifecycle.class, BallotStatus.class, BallotCreated.class);
    static final ArchRule NO_STATUS_FROM_PROJECT_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            LivelihoodProjectLifecycle.class, ProjectStatus.class, LivelihoodProjectApproved.class);
    static final ArchRule NO_STATUS_FROM_LEGISLATIVE_DRAFT_EVENTS = CaseLifecycleRule.noStatusFromEventsOutside(
            cn.luzhi.events.legislation.LegislativeDraftLifecycle.class,
            cn.luzhi.events.legislation.LegislativeDraftStatus.class,
            cn.luzhi.events.legislation.DraftOpenedForComment.class);

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.luzhi");

    static Stream<Arguments> caseTypes() {
        return Stream.of(
                Arguments.of(NO_STATUS_FROM_MEDIATION_EVENTS, "cn.luzhi.command.mediation.MediationCase",
                        "cn.luzhi.query.mediation.MediationCaseProjection"),
                Arguments.of(NO_STATUS_FROM_BALLOT_EVENTS, "cn.luzhi.command.ballot.Ballot",
                        "cn.luzhi.query.ballot.BallotProjection"),
                Arguments.of(NO_STATUS_FROM_PROJECT_EVENTS, "cn.luzhi.command.ballot.LivelihoodProject",
                        "cn.luzhi.query.ballot.LivelihoodProjectProjection"),
                Arguments.of(NO_STATUS_FROM_LEGISLATIVE_DRAFT_EVENTS,
                        "cn.luzhi.command.legislation.LegislativeDraft",
                        "cn.luzhi.query.legislation.LegislativeDraftProjection"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("caseTypes")
    void shouldLeaveTheStatusToTheLifecycleInEveryModule(ArchRule rule, String aggregate, String projection) {
        // The three modules are on the path, so the rule below cannot pass on nothing.
        assertThat(PRODUCTION.contain(aggregate)).isTrue();
        assertThat(PRODUCTION.contain(projection)).isTrue();
        assertThat(PRODUCTION.contain("cn.luzhi.app.demo.NextStep")).isTrue();

        rule.check(PRODUCTION);
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
