package cn.luzhi.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private final ClientAddresses behindProxy = new ClientAddresses(
            new ClientAddressProperties(List.of("10.0.0.0/8", "127.0.0.1")));

    @Test
    void shouldIgnoreForwardedForWhenNoProxyIsTrusted() {
        ClientAddresses direct = new ClientAddresses(new ClientAddressProperties(null));
        assertThat(direct.of(request("10.1.2.3", "198.51.100.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void shouldBelieveTheTrustedProxy() {
        assertThat(behindProxy.of(request("10.1.2.3", "198.51.100.9"))).isEqualTo("198.51.100.9");
        assertThat(behindProxy.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void shouldIgnoreForwardedForFromAnUntrustedPeer() {
        assertThat(behindProxy.of(request("203.0.113.5", "198.51.100.9"))).isEqualTo("203.0.113.5");
    }

    @Test
    void shouldTakeTheLastAddressNoTrustedProxyAdded() {
        // The client wrote a fake first entry; the proxy appended what it saw.
        assertThat(behindProxy.of(request("127.0.0.1", "1.2.3.4, 198.51.100.9, 10.9.9.9"))).isEqualTo("198.51.100.9");
    }

    @Test
    void shouldFallBackToThePeerWhenTheHeaderIsNoAddress() {
        assertThat(behindProxy.of(request("10.1.2.3", "<script>"))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(request("10.1.2.3", "evil.example"))).isEqualTo("10.1.2.3");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
