package cn.luzhi.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;

@AnalyzeClasses(packages = "cn.luzhi.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    @ArchTest
    static final ArchRule querySideNeverUsesTheCommandSide = noClasses()
            .should().dependOnClassesThat().resideInAPackage("cn.luzhi.command..")
            .because("the query side knows the command side only through the events of shared-events");

    @ArchTest
    static final ArchRule projectionsKnowNothingOfHowChangesReachBrowsers = noClasses()
            .that().areAnnotatedWith(ProcessingGroup.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.messaging..",
                    "org.springframework.web.socket..", "cn.luzhi.query.livefeed..")
            .because("a separate live-feed component forwards changes after the projection's transaction commits");

    @ArchTest
    static final ArchRule onlyTheLiveFeedTalksStomp = noClasses()
            .that().resideOutsideOfPackage("cn.luzhi.query.livefeed..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.messaging..",
                    "org.springframework.web.socket..");

    @ArchTest
    static final ArchRule processingGroupsAreProjections = classes()
            .that().areAnnotatedWith(ProcessingGroup.class)
            .should().haveSimpleNameEndingWith("Projection")
            .andShould().notBeInterfaces();
}
