package cn.luzhi.events.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen's or a party's personal data as typed in. Appears only in commands: the command side puts it in
 * the personal-data vault and the events carry a {@link PersonRef}.
 */
public record PersonDetails(
        @NotBlank @Size(max = 50) String name,
        @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "电话号码格式不正确") String phone,
        @Pattern(regexp = "\\d{17}[\\dXx]", message = "身份证号码须为18位") String idNumber) {

    @Override
    public String toString() {
        // Keeps personal data out of log lines and exception texts.
        return "PersonDetails[***]";
    }
}
