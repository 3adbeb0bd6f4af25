package cn.luzhi.command.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen's opinion on a draft regulation through a liaison point's public page. The {@code toString} names no
 * field, so the form never prints personal data into a log.
 */
record OpinionForm(
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
        @NotBlank(message = "请填写手机号")
        @Pattern(regexp = "1[3-9]\\d{9}", message = "请填写11位手机号码") String phone,
        @Size(max = 50, message = "条款不能超过50个字") String article,
        @NotBlank(message = "请填写您的意见") @Size(max = 5000, message = "意见不能超过5000个字") String content) {

    OpinionForm {
        name = name == null ? null : name.strip();
        phone = phone == null ? null : phone.strip();
        article = article == null || article.isBlank() ? null : article.strip();
    }

    @Override
    public String toString() {
        return "OpinionForm[***]";
    }
}
