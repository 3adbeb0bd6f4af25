package cn.luzhi.events.region;

import cn.luzhi.events.common.Labelled;
import java.util.Arrays;
import java.util.Optional;

/**
 * The three tiers of the statutory division codes a congress works with: county level (6 digits), township
 * level (9 digits: the county's code and 3 more) and village level (12 digits: the township's code and 3 more).
 */
public enum RegionTier implements Labelled {
    COUNTY("县级", 6),
    TOWNSHIP("乡级", 9),
    VILLAGE("村级", 12);

    private final String label;
    private final int codeLength;

    RegionTier(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    @Override
    public String label() {
        return label;
    }

    /** Number of digits of a statutory division code at this tier. */
    public int codeLength() {
        return codeLength;
    }

    /** The tier a statutory code belongs to, or empty when the value is not such a code. */
    public static Optional<RegionTier> ofCode(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(tier -> tier.codeLength == code.length()).findFirst();
    }
}
