package cn.luzhi.events.deputy;

import cn.luzhi.events.station.StationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator registers an elected deputy and the deputy's QR code (代表码) is issued. The mobile phone
 * is personal data and goes to the vault; that the station exists and is open is checked by the API.
 */
public record RegisterDeputy(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @NotBlank @Size(max = 50) String name,
        @NotNull Gender gender,
        @Size(max = 20) String ethnicity,
        @NotNull DeputyLevel level,
        @NotBlank @Size(max = 100) String constituency,
        @NotNull StationId stationId,
        @NotNull ProfessionalGroup professionalGroup,
        @NotNull @Valid DeputyTerm term,
        @Size(max = 11) @Pattern(regexp = "1[3-9]\\d{9}", message = "手机号码格式不正确") String mobilePhone) {

    @Override
    public String toString() {
        // Keeps the phone number out of log lines and exception texts.
        return "RegisterDeputy[deputyId=" + deputyId + ", name=" + name + "]";
    }
}
