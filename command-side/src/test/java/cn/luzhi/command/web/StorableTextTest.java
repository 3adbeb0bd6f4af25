package cn.luzhi.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StorableTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldAcceptChineseTextLineBreaksTabsAndEmoji() {
        assertThat(StorableText.storable("小区门口路灯坏了\n\t三个月 😀")).isTrue();
    }

    @Test
    void shouldRefuseNulControlCharactersAndHalfASurrogatePair() {
        assertThat(StorableText.storable("a\u0000b")).isFalse();
        assertThat(StorableText.storable("\u001b[31m")).isFalse();
        assertThat(StorableText.storable("\u007f")).isFalse();
        assertThat(StorableText.storable("x\ud800")).isFalse();
        assertThat(StorableText.storable("\udfffx")).isFalse();
    }

    @Test
    void shouldNameTheNestedFieldThatCannotBeStored() {
        assertThatThrownBy(() -> StorableText.check(JSON.readTree(
                "{\"title\": \"路灯\", \"parties\": [{\"name\": \"刘某\"}, {\"name\": \"陈\\u0000某\"}]}")))
                .isInstanceOfSatisfying(InvalidCommand.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("parties[1].name");
                            assertThat(error.message()).contains("无法保存");
                        }));
    }
}
