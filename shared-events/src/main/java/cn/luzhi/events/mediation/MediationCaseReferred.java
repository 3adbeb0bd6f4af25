package cn.luzhi.events.mediation;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A court referred a dispute for pre-litigation mediation, to be mediated by {@code mediationDueAt}. The
 * parties are references into the personal-data vault; the amount has two decimals, or is null.
 */
@Revision("1")
public record MediationCaseReferred(
        MediationCaseId mediationCaseId,
        HandlingUnitId courtId,
        DisputeType disputeType,
        RegionId regionId,
        List<PersonRef> parties,
        BigDecimal amountInDispute,
        String summary,
        Instant mediationDueAt) {
}
