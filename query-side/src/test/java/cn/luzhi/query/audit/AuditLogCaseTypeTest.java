package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.query.common.CaseActions;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class AuditLogCaseTypeTest {

    /** Every event the command side can store: the records of shared-events with a revision. */
    private static final List<Class<?>> EVENTS = new ClassFileImporter().importPackages("cn.luzhi.events").stream()
            .filter(type -> type.isAnnotatedWith(Revision.class))
            .<Class<?>>map(JavaClass::reflect)
            .toList();

    @Test
    void shouldKnowWhatEveryEventOfTheStoreIsAboutAndNameWhatHappenedInChinese() {
        // 82 event types at the time of writing, so the checks below cannot pass on nothing.
        assertThat(EVENTS).hasSizeGreaterThan(80);
        assertThat(EVENTS).allSatisfy(event -> {
            assertThat(AuditLogCaseType.of(event)).as(event.getSimpleName()).isPresent();
            assertThat(CaseActions.label(event)).as(event.getSimpleName()).isPresent();
        });
    }

    @Test
    void shouldReadTheCaseIdFromTheEventsFirstComponent() {
        PetitionUrged urged = new PetitionUrged(PetitionId.of("p-9"), PetitionStatus.ACCEPTED, "请尽快");

        assertThat(AuditLogCaseType.of(PetitionUrged.class)).contains(AuditLogCaseType.PETITION);
        assertThat(AuditLogCaseType.caseId(urged)).contains("p-9");
        assertThat(AuditLogCaseType.of(String.class)).isEmpty();
    }
}
