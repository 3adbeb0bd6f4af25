package cn.luzhi.events.deputy;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy joins the pool of mediators (调解员库) that pre-litigation cases draw from. */
public record AddDeputyToMediatorPool(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @TargetAggregateVersion Long expectedVersion) {
}
