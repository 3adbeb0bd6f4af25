package cn.luzhi.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class CaseActionsTest {

    private static final String FALLBACK = "有更新";

    @Test
    void shouldNameWhatEveryBallotAndProjectEventDidOnTheTicker() {
        List<Class<?>> events = new ClassFileImporter().importPackages("cn.luzhi.events.ballot").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();

        // All fourteen were found, so the check below cannot pass on nothing.
        assertThat(events).hasSize(14);
        assertThat(events).allSatisfy(event -> assertThat(CaseActions.of(event, "项目票决")).as(event.getSimpleName())
                .doesNotEndWith(FALLBACK));
    }
}
