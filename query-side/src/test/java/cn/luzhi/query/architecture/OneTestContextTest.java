package cn.luzhi.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.luzhi.query.support.QuerySideIntegrationTest;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The integration tests share one application context (see {@link QuerySideIntegrationTest}): a second one in
 * the same JVM runs a second set of processors over the same tables. Once, AuditLogIT's own properties did that
 * while both sets claimed segments under the same owner name, and the petitions projection lost a batch of
 * updates in RebuildIT.
 */
@AnalyzeClasses(packages = "cn.luzhi.query", importOptions = ImportOption.OnlyIncludeTests.class)
class OneTestContextTest {

    @ArchTest
    static final ArchRule integrationTestsChangeNothingOfTheSharedContext = noClasses()
            .that().areAssignableTo(QuerySideIntegrationTest.class)
            .should().beAnnotatedWith(TestPropertySource.class)
            .orShould().beAnnotatedWith(DirtiesContext.class)
            .orShould().beAnnotatedWith(ActiveProfiles.class)
            .because("a context of their own would run a second set of processors over the same tables");
}
