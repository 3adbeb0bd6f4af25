package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.ballot.ProjectStatus;
import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.query.cockpit.CockpitFormulas;
import cn.luzhi.query.reference.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the ballot API answers: names instead of bare ids, labels beside codes, and counts where a list of
 * people would break the secrecy of the ballot. {@code turnout} is the cockpit's: papers cast out of deputies
 * entitled ({@link CockpitFormulas#turnout}).
 */
public final class BallotViews {

    /** After the tally its order; before it the ballot paper's, then the other candidates as collected. */
    private static final Comparator<Map.Entry<String, CandidateEntry>> CANDIDATE_ORDER = Comparator
            .comparing((Map.Entry<String, CandidateEntry> entry) -> entry.getValue().tallyRank,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.getValue().shortlistPosition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(entry -> entry.getValue().collectedOrder);

    private BallotViews() {
    }

    /** One line of the ballot list. */
    public record BallotView(String ballotId, BallotStatus status, String statusLabel, BallotLevel level,
                             String levelLabel, String title, String regionId, String regionName, int year,
                             int candidates, int entitled, int checkedIn, int votesCast, BigDecimal turnout,
                             Instant createdAt, Instant closesAt, Instant closedAt, Instant publishedAt,
                             long lastGlobalIndex) {

        static BallotView of(BallotRow row, Names names) {
            return new BallotView(row.ballotId, row.status, row.status.label(), row.level, row.level.label(),
                    row.title, row.regionId, names.region(row.regionId), row.year, row.candidates.size(),
                    row.entitled, row.checkedIn, row.votesCast, CockpitFormulas.turnout(row.votesCast, row.entitled),
                    row.createdAt, row.closesAt, row.closedAt, row.publishedAt, row.lastGlobalIndex());
        }
    }

    /**
     * A candidate project. {@code shortlistPosition} is its place on the ballot paper (null when not
     * shortlisted); {@code tallyRank}, {@code votes} and {@code approved} are null until the tally is published.
     */
    public record CandidateView(String candidateId, String title, String description, ProposerKind proposerKind,
                                String proposerKindLabel, BigDecimal estimatedBudget, Integer shortlistPosition,
                                Integer tallyRank, Integer votes, Boolean approved) {

        static CandidateView of(String candidateId, CandidateEntry candidate) {
            return new CandidateView(candidateId, candidate.title, candidate.description, candidate.proposerKind,
                    candidate.proposerKind.label(), candidate.estimatedBudget, candidate.shortlistPosition,
                    candidate.tallyRank, candidate.votes, candidate.approved);
        }
    }

    /** A project the ballot approved. */
    public record ProjectRef(String projectId, String candidateId, String title, ProjectStatus status,
                             String statusLabel) {

        static ProjectRef of(LivelihoodProjectRow row) {
            return new ProjectRef(row.projectId, row.candidateId, row.title, row.status, row.status.label());
        }
    }

    /** One ballot in full: its candidates (with the tally once published) and the projects it approved. */
    public record BallotDetailView(String ballotId, BallotStatus status, String statusLabel, BallotLevel level,
                                   String levelLabel, String title, String regionId, String regionName, int year,
                                   String shortlistReason, Integer maxChoices, int entitled, int checkedIn,
                                   int votesCast, BigDecimal turnout, Instant createdAt, Instant shortlistedAt,
                                   Instant openedAt, Instant closesAt, Instant closedAt, Instant publishedAt,
                                   List<CandidateView> candidates, List<ProjectRef> projects,
                                   long lastGlobalIndex) {

        static BallotDetailView of(BallotRow row, Names names, List<LivelihoodProjectRow> projects) {
            return new BallotDetailView(row.ballotId, row.status, row.status.label(), row.level, row.level.label(),
                    row.title, row.regionId, names.region(row.regionId), row.year, row.shortlistReason,
                    row.maxChoices, row.entitled, row.checkedIn, row.votesCast,
                    CockpitFormulas.turnout(row.votesCast, row.entitled), row.createdAt, row.shortlistedAt,
                    row.openedAt, row.closesAt, row.closedAt, row.publishedAt,
                    row.candidates.entrySet().stream().sorted(CANDIDATE_ORDER)
                            .map(entry -> CandidateView.of(entry.getKey(), entry.getValue())).toList(),
                    projects.stream().map(ProjectRef::of).toList(), row.lastGlobalIndex());
        }
    }

    /** An entitled deputy at the door: present (checked in) or not. Whether they voted is known to no one. */
    public record RollCallDeputy(String deputyId, String name, boolean checkedIn) {
    }

    /**
     * A ballot's roll call for its desk (票决会场): the counts of the ballot and the entitled deputies in the order
     * the opening named them; a deputy reading it finds only themselves (or nobody, when not entitled).
     */
    public record RollCallView(String ballotId, String title, BallotStatus status, String statusLabel,
                               Integer maxChoices, int entitled, int checkedIn, int votesCast, Instant closesAt,
                               List<RollCallDeputy> deputies, long lastGlobalIndex) {

        static RollCallView of(BallotRow row, Names names, Predicate<String> shown) {
            return new RollCallView(row.ballotId, row.title, row.status, row.status.label(), row.maxChoices,
                    row.entitled, row.checkedIn, row.votesCast, row.closesAt,
                    row.rollCall.entrySet().stream()
                            .filter(entry -> shown.test(entry.getKey()))
                            .sorted(Comparator.comparingInt(entry -> entry.getValue().rollOrder))
                            .map(entry -> new RollCallDeputy(entry.getKey(),
                                    // A deputy not (yet) in the register is called by their id, never left blank.
                                    Objects.requireNonNullElse(names.deputy(entry.getKey()), entry.getKey()),
                                    entry.getValue().checkedIn))
                            .toList(),
                    row.lastGlobalIndex());
        }
    }
}
