package cn.luzhi.events.ballot;

import cn.luzhi.events.deputy.DeputyId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The deputies inspected the project on {@code inspectedOn} and found {@code findings}. */
@Revision("1")
public record ProjectInspected(LivelihoodProjectId projectId, List<DeputyId> deputyIds, LocalDate inspectedOn,
                               String findings) {
}
