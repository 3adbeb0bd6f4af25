package cn.luzhi.events.ballot;

/** The votes one shortlisted candidate received and whether it was approved as a livelihood project. */
public record CandidateTally(String candidateId, int votes, boolean approved) {
}
