package cn.luzhi.events.common;

/** The roles of DOMAIN.md, plus the system itself for acts nobody performed by hand (a deadline passing). */
public enum ActorRole implements Labelled {
    CITIZEN("群众"),
    DEPUTY("人大代表"),
    CLERK("工作人员"),
    UNIT("承办单位"),
    SUPERVISOR("督办人员"),
    LEADER("领导"),
    AUDITOR("审计监督"),
    ADMIN("管理员"),
    SYSTEM("系统");

    private final String label;

    ActorRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
