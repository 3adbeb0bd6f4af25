package cn.luzhi.command.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md's rules for the command side, as tests. */
class CommandSideRulesTest {

    private final JavaClasses commandSide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.luzhi.command");

    @Test
    void shouldNeverDependOnTheQuerySide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.luzhi.query..").check(commandSide);
    }

    @Test
    void shouldNeverUseTheInMemoryDeadlineManager() {
        noClasses().should().dependOnClassesThat().areAssignableTo(SimpleDeadlineManager.class).check(commandSide);
    }

    @Test
    void shouldKeepAggregatesAwayFromTheDatabaseAndTheWeb() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                        "org.springframework.web..", "jakarta.servlet..")
                .check(commandSide);
    }

    /**
     * Ids are unique across kinds, yet a command may name the id of another kind of record (a region's code on a
     * petition's route, or a deadline or snapshot under it): each repository loads only its own aggregate type's
     * events and snapshots, so such an id is a record that does not exist rather than a failed load.
     */
    @Test
    void shouldLoadEveryAggregateFromItsOwnTypesEventsOnly() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should(new ArchCondition<>("filter the events they are loaded from by aggregate type") {
                    @Override
                    public void check(JavaClass aggregate, ConditionEvents events) {
                        if (!aggregate.getAnnotationOfType(Aggregate.class).filterEventsByType()) {
                            events.add(SimpleConditionEvent.violated(aggregate,
                                    aggregate.getName() + " lacks @Aggregate(filterEventsByType = true)"));
                        }
                    }
                })
                .check(commandSide);
    }

    /** Every event an aggregate is rebuilt from carries a revision, so it can be upcast when it changes. */
    @Test
    void shouldGiveEveryEventARevision() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should(new ArchCondition<>("take an event annotated with @Revision") {
                    @Override
                    public void check(JavaMethod handler, ConditionEvents events) {
                        if (handler.getRawParameterTypes().get(0).isEquivalentTo(Object.class)) {
                            // Hands every event to a lifecycle, whose own test checks the revisions of the events
                            // it evolves with (PetitionLifecycleTest).
                            if (handler.getMethodCallsFromSelf().stream().noneMatch(call -> call.getName()
                                    .equals("evolve") && call.getTargetOwner().getSimpleName().endsWith("Lifecycle"))) {
                                events.add(SimpleConditionEvent.violated(handler,
                                        handler.getFullName() + " takes any event but hands none to a lifecycle"));
                            }
                            return;
                        }
                        handler.getRawParameterTypes().stream().limit(1)
                                .filter(event -> !event.isAnnotatedWith(Revision.class))
                                .forEach(event -> events.add(SimpleConditionEvent.violated(handler,
                                        event.getName() + " has no @Revision")));
                    }
                })
                .check(commandSide);
    }

    /**
     * Methods other than event-sourcing handlers never assign an aggregate's fields, so replaying the events
     * always rebuilds the state a command saw. (Constructors are left out: field initialisers run in every
     * constructor; the fixture tests show that creating handlers change state through their events.)
     */
    @Test
    void shouldChangeAggregateStateOnlyInEventSourcingHandlers() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should(new ArchCondition<>("assign instance fields only in @EventSourcingHandler methods") {
                    @Override
                    public void check(JavaClass aggregate, ConditionEvents events) {
                        aggregate.getFieldAccessesFromSelf().stream()
                                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                                .filter(access -> !access.getTarget().resolveMember()
                                        .map(field -> field.getModifiers().contains(JavaModifier.STATIC))
                                        .orElse(true))
                                .filter(access -> !access.getOrigin().isConstructor())
                                .filter(access -> !access.getOrigin().isAnnotatedWith(EventSourcingHandler.class))
                                .forEach(access -> events.add(SimpleConditionEvent.violated(access,
                                        access.getDescription())));
                    }
                })
                .check(commandSide);
    }
}
