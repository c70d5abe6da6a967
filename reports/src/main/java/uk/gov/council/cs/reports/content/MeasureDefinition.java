package uk.gov.council.cs.reports.content;

/** How one figure of a report is counted, for the appendix every report ends with. */
public record MeasureDefinition(String measure, String howCounted) {
}
