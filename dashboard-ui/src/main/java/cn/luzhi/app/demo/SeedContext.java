package cn.luzhi.app.demo;

import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.PublishTally;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What seeding steps learn from the answers of earlier ones: the paper codes check-ins hand out (known only to the
 * deputies, so only to this run) and the projects a published tally approved.
 */
final class SeedContext {

    private final Map<String, List<String>> papers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> approvedProjects = new ConcurrentHashMap<>();
    private final Random random;

    SeedContext(long seed) {
        this.random = new Random(seed);
    }

    /** Keeps what a step's handler answered when a later step needs it. */
    void recordAnswer(Object command, Object answer) {
        if (command instanceof CheckInForBallot checkIn && answer instanceof String paperCode) {
            papers.computeIfAbsent(checkIn.ballotId().value(), ballot -> new ArrayList<>()).add(paperCode);
        } else if (command instanceof PublishTally tally && answer instanceof List<?> projects) {
            approvedProjects.put(tally.ballotId().value(),
                    Set.copyOf(projects.stream().map(Object::toString).toList()));
        }
    }

    /**
     * A paper handed out at check-in and not yet cast, drawn at random so that the order of the votes tells
     * nothing about the order of the check-ins.
     */
    synchronized String takePaper(BallotId ballotId) {
        List<String> unused = papers.getOrDefault(ballotId.value(), List.of());
        if (unused.isEmpty()) {
            throw new IllegalStateException("No ballot paper left for " + ballotId);
        }
        return unused.remove(random.nextInt(unused.size()));
    }

    /**
     * The project of a candidate when the published tally approved it. The ballot names a project after its
     * ballot and candidate (a name-based UUID of "ballotId/candidateId"), so the id is known from the candidate.
     */
    Optional<LivelihoodProjectId> project(BallotId ballotId, String candidateId) {
        String id = UUID.nameUUIDFromBytes((ballotId.value() + "/" + candidateId).getBytes(StandardCharsets.UTF_8))
                .toString();
        return approvedProjects.getOrDefault(ballotId.value(), Set.of()).contains(id)
                ? Optional.of(new LivelihoodProjectId(id)) : Optional.empty();
    }
}
