package cn.luzhi.query.reception;

import cn.luzhi.query.reference.Names;
import java.time.Instant;
import java.util.List;

/** What the reception pages show. */
public final class ReceptionViews {

    private ReceptionViews() {
    }

    public record Ref(String id, String name) {
    }

    /** A row of the list. */
    public record ReceptionView(String receptionId, String status, String statusLabel, Ref station,
                                Instant receivedAt, List<Ref> deputies, int citizensReceived, int issuesRaised,
                                int openIssues, int petitionsCreated) {

        static ReceptionView of(ReceptionRow row, Names names) {
            return new ReceptionView(row.receptionId, row.status.name(), row.status.label(),
                    new Ref(row.stationId, names.station(row.stationId)), row.receivedAt, deputyRefs(row, names),
                    row.citizensReceived, row.issues.size(),
                    (int) row.issues.stream().filter(issue -> issue.answer == null && issue.petitionId == null)
                            .count(),
                    (int) row.issues.stream().filter(issue -> issue.petitionId != null).count());
        }
    }

    /** One issue on the reception's page: its answer, or the petition it became, or neither yet. */
    public record IssueView(int issueNumber, String text, String answer, boolean answeredOnTheSpot,
                            String petitionId) {
    }

    /** The reception's page. */
    public record ReceptionDetailView(ReceptionView reception, Instant recordedAt, List<IssueView> issues,
                                      long lastGlobalIndex) {

        static ReceptionDetailView of(ReceptionRow row, Names names) {
            return new ReceptionDetailView(ReceptionView.of(row, names), row.recordedAt, row.issues.stream()
                    .map(issue -> new IssueView(issue.issueNumber, issue.text, issue.answer, issue.answeredOnTheSpot,
                            issue.petitionId))
                    .toList(), row.lastGlobalIndex());
        }
    }

    /** Receptions held, citizens received, issues raised and petitions created, for a station, deputy or all. */
    public record ReceptionFigures(Ref of, long receptions, long citizens, long issues, long petitions) {
    }

    /** The figures page: the year's totals, then per station and per deputy, most receptions first. */
    public record ReceptionFiguresView(int year, ReceptionFigures total, List<ReceptionFigures> stations,
                                       List<ReceptionFigures> deputies) {
    }

    private static List<Ref> deputyRefs(ReceptionRow row, Names names) {
        return row.deputyIds.stream().map(id -> new Ref(id, names.deputy(id))).toList();
    }
}
