package cn.luzhi.command.intake;

import cn.luzhi.events.common.Satisfaction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A citizen's rating of the reply: 满意, 基本满意 or 不满意, and a comment if they wish. */
record RatingForm(@NotNull(message = "请选择评价：满意、基本满意或不满意") Satisfaction satisfaction,
                  @Size(max = 500, message = "评价意见不能超过500个字") String comment) {
}
