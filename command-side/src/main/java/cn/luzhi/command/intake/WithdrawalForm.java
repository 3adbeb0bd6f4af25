package cn.luzhi.command.intake;

import jakarta.validation.constraints.Size;

/** A citizen withdraws their petition, saying why if they wish. */
record WithdrawalForm(@Size(max = 500, message = "撤回理由不能超过500个字") String reason) {
}
