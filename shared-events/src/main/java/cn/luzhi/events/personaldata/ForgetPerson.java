package cn.luzhi.events.personaldata;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a citizen's or a party's name, phone number and ID number for ever (the right to be forgotten).
 * Every event that refers to the person stays as it was; the reference just no longer resolves.
 */
public record ForgetPerson(
        @TargetAggregateIdentifier @NotNull PersonRef personRef,
        @NotBlank @Size(max = 2000) String reason) implements Reasoned {
}
