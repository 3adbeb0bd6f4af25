package cn.luzhi.command.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrImagesTest {

    private static final String LINK = "https://lz.example.test/intake.html?t=Q2hpbmVzZSBkZXB1dGllcw";

    @Test
    void shouldDecodeThePngBackToTheLink() {
        assertThat(QrDecoding.fromPng(QrImages.png(LINK, 4))).isEqualTo(LINK);
        assertThat(QrDecoding.fromPng(QrImages.png(LINK, 1))).isEqualTo(LINK);
    }

    @Test
    void shouldDrawTheSvgFromTheSameModules() {
        String svg = QrImages.svg(LINK);
        int modules = QrImages.matrix(LINK).getWidth();
        assertThat(svg).startsWith("<?xml").contains("viewBox=\"0 0 " + modules + " " + modules + "\"");
        assertThat(QrDecoding.fromSvg(svg)).isEqualTo(LINK);
    }

    @Test
    void shouldLabelAnEmbeddedSvgForScreenReaders() {
        assertThat(QrImages.svgElement(LINK, "示范区代表之家 家站码"))
                .startsWith("<svg ").contains("role=\"img\" aria-label=\"示范区代表之家 家站码\"");
    }
}
