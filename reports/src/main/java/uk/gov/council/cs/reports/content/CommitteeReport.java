package uk.gov.council.cs.reports.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A report for senior managers or a committee, as figures and words, before it is drawn: the PDF,
 * the CSV and the spreadsheet are all made from this one object.
 *
 * @param kind        which of the council's reports
 * @param councilName the council's name, from configuration
 * @param periodLabel the period in words ("Q2 2026-27 (July to September 2026)")
 * @param periodCode  the period as the API writes it ("2026-27-Q2")
 * @param producedOn  the day it was produced
 * @param summary     what a reader should know first, in sentences
 * @param empty       whether the warehouse held nothing for the period (still produced, saying so)
 */
public record CommitteeReport(ReportKind kind, String councilName, String periodLabel, String periodCode,
                              LocalDate producedOn, List<String> summary, List<Section> sections,
                              List<MeasureDefinition> definitions, boolean empty) {

    public CommitteeReport {
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        definitions = List.copyOf(definitions);
    }

    public String title() {
        return kind.title() + ": " + periodLabel;
    }

    /** A file name for downloads and attachments: "quarterly-performance-2026-27-Q2.pdf". */
    public String fileName(String extension) {
        return kind.code() + "-" + periodCode + "." + extension;
    }
}
