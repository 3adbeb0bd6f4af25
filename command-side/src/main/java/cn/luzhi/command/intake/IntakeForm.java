package cn.luzhi.command.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The petition form of the intake page. The ID number is optional; an empty one counts as not given. The
 * {@code toString} names no field, so the form can never print personal data into a log.
 */
record IntakeForm(
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
        @NotBlank(message = "请填写手机号")
        @Pattern(regexp = "1[3-9]\\d{9}", message = "请填写11位手机号码") String phone,
        @Pattern(regexp = "\\d{17}[\\dXx]", message = "身份证号须为18位（最后一位可为X）") String idNumber,
        @NotBlank(message = "请填写标题") @Size(max = 100, message = "标题不能超过100个字") String title,
        @NotBlank(message = "请描述您反映的问题") @Size(max = 5000, message = "内容不能超过5000个字") String content) {

    IntakeForm {
        name = name == null ? null : name.strip();
        phone = phone == null ? null : phone.strip();
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip();
    }

    @Override
    public String toString() {
        return "IntakeForm[***]";
    }
}
