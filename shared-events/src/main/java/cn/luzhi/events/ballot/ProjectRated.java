package cn.luzhi.events.ballot;

import org.axonframework.serialization.Revision;

/**
 * The satisfaction assessment counted {@code satisfied}, {@code basicallySatisfied} and {@code unsatisfied}
 * raters; as with {@link cn.luzhi.events.common.Satisfaction}, the first two count as satisfied in rates.
 */
@Revision("1")
public record ProjectRated(LivelihoodProjectId projectId, int satisfied, int basicallySatisfied, int unsatisfied,
                           String comment) {
}
