package cn.luzhi.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.events.store.AuditKeys;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AuditKeyConfigurationTest {

    private final AuditKeyConfiguration configuration = new AuditKeyConfiguration();

    @Test
    void shouldRefuseToStartACommandNodeThatHasNeitherKeysNorAKeyFile() {
        assertThatThrownBy(() -> configuration.auditKeys(properties(null, null, null, null), noDefaultFile()))
                .hasMessageContaining("LUZHI_AUDIT_CHAIN_KEY").hasMessageContaining("LUZHI_AUDIT_KEY_FILE");
    }

    @Test
    void shouldRefuseConfiguredKeysWithoutTheSigningKey() {
        AuditKeys keys = AuditKeys.generate();
        assertThatThrownBy(() -> configuration.auditKeys(
                properties(keys.chainKeyBase64(), "", keys.publicKeyBase64(), null), noDefaultFile()))
                .hasMessageContaining("LUZHI_AUDIT_SIGNING_KEY");
    }

    @Test
    void shouldUseConfiguredKeysBeforeAnyKeyFile(@TempDir Path folder) {
        AuditKeys keys = AuditKeys.generate();
        AuditKeys used = configuration.auditKeys(properties(keys.chainKeyBase64(), keys.signingKeyBase64().orElseThrow(),
                keys.publicKeyBase64(), folder.resolve("ignored").toString()), noDefaultFile());

        assertThat(used.publicKeyBase64()).isEqualTo(keys.publicKeyBase64());
        assertThat(folder.resolve("ignored")).doesNotExist();
    }

    @Test
    void shouldCreateTheDefaultKeyFileOfASingleNodeInstallationOnceAndReuseIt(@TempDir Path folder) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("auditKeyFile", new AuditKeyFile(folder.resolve("postgres-audit-keys.properties")));

        AuditKeys first = configuration.auditKeys(properties(null, null, null, ""),
                beans.getBeanProvider(AuditKeyFile.class));
        AuditKeys again = configuration.auditKeys(properties(null, null, null, ""),
                beans.getBeanProvider(AuditKeyFile.class));

        assertThat(folder.resolve("postgres-audit-keys.properties")).exists();
        assertThat(again.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
    }

    private static AuditProperties properties(String chainKey, String signingKey, String publicKey, String keyFile) {
        return new AuditProperties(chainKey, signingKey, publicKey, keyFile, null, null);
    }

    private static org.springframework.beans.factory.ObjectProvider<AuditKeyFile> noDefaultFile() {
        return new StaticListableBeanFactory().getBeanProvider(AuditKeyFile.class);
    }
}
