package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.events.store.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The project's snapshot JSON: what the aggregate wrote before its state became the lifecycle's still loads. */
class LivelihoodProjectSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    @Test
    void shouldLoadASnapshotWrittenBeforeTheLifecycleExisted() throws Exception {
        String old = """
                {"projectId":"lp-1","status":"IN_PROGRESS","percent":30,"milestones":["设计","施工"],
                 "milestonesReached":["设计"]}""";

        LivelihoodProject project = JSON.readValue(old, LivelihoodProject.class);

        assertThat(project.state().status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(project.state().percent()).isEqualTo(30);
        assertThat(project.state().milestones()).containsExactly("设计", "施工");
        assertThat(project.state().milestonesReached()).containsExactly("设计");
    }

    @Test
    void shouldWriteTheStateAsFlatFieldsAndReadItBack() throws Exception {
        LivelihoodProject project = JSON.readValue("""
                {"projectId":"lp-1","status":"COMPLETED","percent":100,"milestones":["施工"],
                 "milestonesReached":["施工"]}""", LivelihoodProject.class);

        String written = JSON.writeValueAsString(project);

        assertThat(written).contains("\"projectId\":\"lp-1\"", "\"status\":\"COMPLETED\"", "\"percent\":100",
                "\"milestones\":[\"施工\"]", "\"milestonesReached\":[\"施工\"]").doesNotContain("\"state\"");
        assertThat(JSON.readValue(written, LivelihoodProject.class).state()).isEqualTo(project.state());
    }
}
