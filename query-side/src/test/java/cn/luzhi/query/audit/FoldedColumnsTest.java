package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.activity.DeputyActivityProjection;
import cn.luzhi.query.duty.DutyActivityProjection;
import cn.luzhi.query.ballot.BallotProjection;
import cn.luzhi.query.ballot.LivelihoodProjectProjection;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.ReadModelTables;
import cn.luzhi.query.mediation.MediationCaseProjection;
import cn.luzhi.query.petition.PetitionProjection;
import cn.luzhi.query.reference.ReferenceDataProjection;
import cn.luzhi.query.suggestion.SuggestionProjection;
import cn.luzhi.query.supervision.SupervisionProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The columns projections declare for the reconciliation's state comparison are fields the history folds give. */
class FoldedColumnsTest {

    /** The event store's aggregate types of the case types the folds know. */
    private static final Map<String, CaseType> CASE_TYPES = Map.of("Petition", CaseType.PETITION,
            "Suggestion", CaseType.SUGGESTION, "MediationCase", CaseType.MEDIATION, "Ballot", CaseType.BALLOT,
            "LivelihoodProject", CaseType.PROJECT, "LegislativeDraft", CaseType.LEGISLATION,
            "DutyActivity", CaseType.DUTY_ACTIVITY);

    @Test
    void shouldDeclareOnlyColumnsThatTheFoldOfTheirCaseTypeGives() {
        List<String> declared = new ArrayList<>();
        for (Class<?> projection : List.of(PetitionProjection.class, SuggestionProjection.class,
                MediationCaseProjection.class, BallotProjection.class, LivelihoodProjectProjection.class,
                SupervisionProjection.class, DeputyActivityProjection.class, AuditLogProjection.class,
                ReferenceDataProjection.class, cn.luzhi.query.legislation.LegislativeDraftProjection.class,
                DutyActivityProjection.class)) {
            for (ReadModelTables.AggregateRows rows : projection.getAnnotation(ReadModelTables.class)
                    .aggregateRows()) {
                for (String column : rows.folded()) {
                    CaseType caseType = CASE_TYPES.get(rows.type());
                    assertThat(caseType).as("%s.%s: %s has no fold", rows.table(), column, rows.type()).isNotNull();
                    CaseFold fold = CaseHistory.FOLDS.stream().filter(candidate -> candidate.caseType() == caseType)
                            .findFirst().orElseThrow();
                    assertThat(fold.fields()).as("%s.%s", rows.table(), column)
                            .extracting(StateField::key).contains(FoldedCases.fieldOf(column));
                    declared.add(rows.table() + "." + column);
                }
            }
        }
        assertThat(declared).contains("petition.status", "suggestion.status", "mediation_case.status",
                "ballot.status", "livelihood_project.status", "supervision_case.region_id", "activity_case.region_id",
                "audit_case.region_id");
    }

    @Test
    void shouldReadValuesAsTheReadModelsStoreThem() {
        assertThat(FoldedCases.fieldOf("lead_deputy_id")).isEqualTo("leadDeputyId");
        assertThat(FoldedCases.fieldOf("status")).isEqualTo("status");
        assertThat(FoldedCases.plain(PetitionStatus.FOLLOWED_UP)).isEqualTo("FOLLOWED_UP");
        assertThat(FoldedCases.plain(RegionId.of("150102001"))).isEqualTo("150102001");
        assertThat(FoldedCases.plain(3)).isEqualTo("3");
        assertThat(FoldedCases.plain(null)).isNull();
    }
}
