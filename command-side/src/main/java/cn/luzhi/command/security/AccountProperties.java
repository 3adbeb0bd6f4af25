package cn.luzhi.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts created at start-up ({@code luzhi.accounts.*}).
 *
 * @param demoEnabled    whether demo data, and with it the demo accounts, is on ({@code LUZHI_DEMO})
 * @param demoPassword   password of every demo account ({@code LUZHI_DEMO_PASSWORD})
 * @param adminPassword  when set and no administrator exists, creates account {@code admin} with it
 * @param demoDeputyId   the deputy the demo account {@code deputy} acts as (a deputy of the demo district)
 * @param demoUnitId     the handling unit the demo account {@code unit} answers for
 * @param demoRegionId   the region the demo accounts {@code supervisor} and {@code leader} watch (with its subtree)
 * @param passwordHashCost bcrypt's cost (log2 of its rounds) for new password hashes; a hash is checked at the cost
 *                       it was made with. 10 by default; the integration tests use 4, the cheapest.
 */
@ConfigurationProperties("luzhi.accounts")
public record AccountProperties(boolean demoEnabled, String demoPassword, String adminPassword,
                                String demoDeputyId, String demoUnitId, String demoRegionId,
                                Integer passwordHashCost) {

    public AccountProperties {
        demoPassword = demoPassword != null ? demoPassword : "luzhi-demo";
        demoDeputyId = demoDeputyId != null ? demoDeputyId : "demo-deputy-001";
        demoUnitId = demoUnitId != null ? demoUnitId : "demo-unit-housing";
        demoRegionId = demoRegionId != null ? demoRegionId : "150102";
        passwordHashCost = passwordHashCost != null ? passwordHashCost : 10;
        if (passwordHashCost < 4 || passwordHashCost > 31) {
            throw new IllegalArgumentException("luzhi.accounts.password-hash-cost must be 4 to 31: " + passwordHashCost);
        }
    }
}
