package cn.luzhi.events.ballot;

/** The rule for a candidate's id within its ballot: short and URL-safe, chosen by whoever records it. */
public final class CandidateIds {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";
    public static final String MESSAGE = "候选项目编号须为1至32位字母、数字、下划线或连字符";

    private CandidateIds() {
    }
}
