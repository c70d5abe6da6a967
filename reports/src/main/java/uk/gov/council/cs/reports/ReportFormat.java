package uk.gov.council.cs.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a committee report is given in: the PDF for reading, CSV and a workbook for the figures. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "pdf", "csv" or "xlsx", in any case. */
    public static ReportFormat of(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension == null ? "" : extension.toLowerCase(Locale.UK)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("\"" + extension + "\" is not a format of the reports;"
                        + " write one of " + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", ")) + "."));
    }
}
