package cn.luzhi.command.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the reference-data import from Excel ({@code luzhi.imports.*}). The upload itself is bounded by
 * {@code luzhi.web.max-body-size} like every request body.
 *
 * @param maxRows         the most data rows one file may hold (empty rows are not counted)
 * @param maxUnzippedSize the most bytes all parts of the file may take once unzipped; stops zip bombs and sheets
 *                        padded with empty rows before any of it is parsed
 */
@ConfigurationProperties("luzhi.imports")
public record ImportProperties(Integer maxRows, DataSize maxUnzippedSize) {

    public ImportProperties {
        maxRows = maxRows != null ? maxRows : 5000;
        maxUnzippedSize = maxUnzippedSize != null ? maxUnzippedSize : DataSize.ofMegabytes(20);
    }
}
