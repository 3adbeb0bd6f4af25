package cn.luzhi.events.ballot;

import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules of a ballot need to know, as {@link BallotLifecycle#evolve} leaves it after each event. The
 * component names are also the ballot aggregate's snapshot fields, so a snapshot written before this record
 * existed still loads. Who voted for what is not here: a paper is known only by its hash.
 *
 * @param status     where the ballot stands; null before it was created
 * @param regionId   the region whose projects it decides
 * @param year       the year of the projects
 * @param candidates the collected candidates by id, in the order they were collected
 * @param shortlist  the candidates on the ballot, in the government's order of priority
 * @param maxChoices how many candidates a paper may choose at most
 * @param entitled   the deputies entitled to vote
 * @param checkedIn  the deputies who checked in and received a paper
 * @param usedPapers the hashes of the papers cast
 * @param votes      the votes each candidate received
 * @param votesCast  how many papers were cast, blank ones included
 * @param closesAt   when voting closes
 */
public record BallotState(
        BallotStatus status,
        RegionId regionId,
        int year,
        Map<String, Candidate> candidates,
        List<String> shortlist,
        int maxChoices,
        Set<String> entitled,
        Set<String> checkedIn,
        Set<String> usedPapers,
        Map<String, Integer> votes,
        int votesCast,
        Instant closesAt) {

    /** Before the first event. */
    public static final BallotState NONE = new BallotState(null, null, 0, Map.of(), List.of(), 0, Set.of(),
            Set.of(), Set.of(), Map.of(), 0, null);

    /** What a project needs from its candidate once approved; the budget is in yuan. */
    public record Candidate(String candidateId, String title, BigDecimal budget) {
    }

    public BallotState {
        candidates = ordered(candidates);
        shortlist = shortlist == null ? List.of() : List.copyOf(shortlist);
        entitled = entitled == null ? Set.of() : Set.copyOf(entitled);
        checkedIn = checkedIn == null ? Set.of() : Set.copyOf(checkedIn);
        usedPapers = usedPapers == null ? Set.of() : Set.copyOf(usedPapers);
        votes = ordered(votes);
    }

    public boolean exists() {
        return status != null;
    }

    /** The votes {@code candidateId} received. */
    public int votesFor(String candidateId) {
        return votes.getOrDefault(candidateId, 0);
    }

    BallotState withStatus(BallotStatus next) {
        return new BallotState(next, regionId, year, candidates, shortlist, maxChoices, entitled, checkedIn,
                usedPapers, votes, votesCast, closesAt);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
