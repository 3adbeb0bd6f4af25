package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Labelled;

/** What a deputy files: a suggestion to the government or a bill for the congress to decide. */
public enum SuggestionKind implements Labelled {
    SUGGESTION("建议"),
    BILL("议案");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
