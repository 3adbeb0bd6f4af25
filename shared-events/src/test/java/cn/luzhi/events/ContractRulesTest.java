package cn.luzhi.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The contract module stays a contract: plain records, no framework but Axon's annotations. */
class ContractRulesTest {

    private final JavaClasses contract = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.luzhi.events");

    @Test
    void shouldNotDependOnSpringJpaOrEitherSide() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.hibernate..",
                        "cn.luzhi.command..", "cn.luzhi.query..")
                .check(contract);
    }

    @Test
    void shouldMarkEveryEventWithARevision() {
        classes().that().areRecords().and().haveSimpleNameNotEndingWith("Id")
                .and().doNotHaveSimpleName("PersonRef").and().doNotHaveSimpleName("PersonDetails")
                .and().resideOutsideOfPackage("cn.luzhi.events.store")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are events (no aggregate identifier field)",
                        javaClass -> javaClass.getFields().stream().noneMatch(field ->
                                field.isAnnotatedWith("org.axonframework.modelling.command.TargetAggregateIdentifier"))
                                && !javaClass.getSimpleName().endsWith("Term")
                                && !javaClass.getSimpleName().endsWith("Tally")))
                .should().beAnnotatedWith(Revision.class)
                .check(contract);
    }
}
