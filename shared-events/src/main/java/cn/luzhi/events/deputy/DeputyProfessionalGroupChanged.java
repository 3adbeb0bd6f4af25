package cn.luzhi.events.deputy;

import org.axonframework.serialization.Revision;

/** The deputy left {@code previousGroup} for {@code professionalGroup}. */
@Revision("1")
public record DeputyProfessionalGroupChanged(DeputyId deputyId, ProfessionalGroup previousGroup,
                                             ProfessionalGroup professionalGroup) {
}
