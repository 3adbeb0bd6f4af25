package cn.luzhi.events.account;

import cn.luzhi.events.common.Labelled;

/** Whether an account may log in; a disabled account is kept with its trail and can be enabled again. */
public enum AccountStatus implements Labelled {
    ENABLED("启用"),
    DISABLED("已停用");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
