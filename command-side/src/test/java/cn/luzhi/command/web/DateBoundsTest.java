package cn.luzhi.command.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

    record Milestone(String name, LocalDate due) {
    }

    record Plan(Instant replyDueAt, List<Milestone> milestones) {
    }

    @Test
    void shouldAcceptDatesOfThisWorld() {
        assertThatCode(() -> DateBounds.check(new Plan(Instant.parse("2026-11-22T08:00:00Z"),
                List.of(new Milestone("开工", LocalDate.of(2027, 3, 1)))))).doesNotThrowAnyException();
    }

    @Test
    void shouldNameADateBeyondTheYear2999() {
        assertThatThrownBy(() -> DateBounds.check(new Plan(Instant.parse("+999999999-12-31T23:59:59Z"), List.of())))
                .isInstanceOfSatisfying(InvalidCommand.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errors().get(0).field()).isEqualTo("replyDueAt"));
    }

    @Test
    void shouldNameANestedDateBeforeThe1900s() {
        assertThatThrownBy(() -> DateBounds.check(new Plan(null,
                List.of(new Milestone("开工", LocalDate.of(2027, 3, 1)), new Milestone("完工", LocalDate.of(0, 1, 1))))))
                .isInstanceOfSatisfying(InvalidCommand.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errors().get(0).field()).isEqualTo("milestones[1].due"));
    }
}
