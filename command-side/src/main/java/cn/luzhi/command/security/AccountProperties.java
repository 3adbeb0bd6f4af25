package cn.luzhi.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts created at start-up ({@code luzhi.accounts.*}).
 *
 * @param demoEnabled   whether demo data, and with it the demo accounts, is on ({@code LUZHI_DEMO})
 * @param demoPassword  password of every demo account ({@code LUZHI_DEMO_PASSWORD})
 * @param adminPassword when set and no administrator exists, creates account {@code admin} with it
 */
@ConfigurationProperties("luzhi.accounts")
public record AccountProperties(boolean demoEnabled, String demoPassword,
                                String adminPassword) {

    public AccountProperties {
        demoPassword = demoPassword != null ? demoPassword : "luzhi-demo";
    }
}
