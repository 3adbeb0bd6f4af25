package cn.luzhi.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void shouldKeepOnlyTheSurnameOfAName() {
        assertThat(PersonalDataMask.name("张三")).isEqualTo("张*");
        assertThat(PersonalDataMask.name("李小龙")).isEqualTo("李**");
        assertThat(PersonalDataMask.name("乌日娜")).isEqualTo("乌**");
    }

    @Test
    void shouldKeepACompoundSurnameWhole() {
        assertThat(PersonalDataMask.name("欧阳娜娜")).isEqualTo("欧阳**");
        assertThat(PersonalDataMask.name("司马光")).isEqualTo("司马*");
    }

    @Test
    void shouldMaskASingleCharacterOrBlankNameWhole() {
        assertThat(PersonalDataMask.name("王")).isEqualTo("*");
        assertThat(PersonalDataMask.name("  ")).isEmpty();
        assertThat(PersonalDataMask.name(null)).isNull();
    }

    @Test
    void shouldCountCharactersOutsideTheBasicPlaneAsOne() {
        assertThat(PersonalDataMask.name("𠮷野家")).isEqualTo("𠮷**");
    }

    @Test
    void shouldKeepTheFirstThreeAndLastFourDigitsOfAPhoneNumber() {
        assertThat(PersonalDataMask.phone("13812341234")).isEqualTo("138****1234");
        assertThat(PersonalDataMask.phone("0471-6661234")).isEqualTo("047****1234");
        assertThat(PersonalDataMask.phone("1234567")).isEqualTo("*******");
        assertThat(PersonalDataMask.phone(null)).isNull();
    }

    @Test
    void shouldKeepTheRegionOfIssueAndTheLastFourOfAnIdNumber() {
        assertThat(PersonalDataMask.idNumber("15010219850505123X")).isEqualTo("150102********123X");
        assertThat(PersonalDataMask.idNumber("12345")).isEqualTo("*****");
        assertThat(PersonalDataMask.idNumber(null)).isNull();
    }

    @Test
    void shouldScrubPhoneAndIdNumbersOutOfAText() {
        assertThat(PersonalDataMask.scrub("petitioner.13712345698：未知字段")).isEqualTo("petitioner.137****5698：未知字段");
        assertThat(PersonalDataMask.scrub("/api/petitions/15010219880707123X/accept"))
                .isEqualTo("/api/petitions/150102********123X/accept");
        assertThat(PersonalDataMask.scrub("电话0471-6661234")).isEqualTo("电话047****1234");
    }

    @Test
    void shouldLeaveRegionCodesAndOtherIdsAlone() {
        String text = "未找到编号为「150102001」的行政区划；150102001001；d-13712345698x；a34eaa9f-cd28-45b4";
        assertThat(PersonalDataMask.scrub(text)).isEqualTo(text);
    }
}
