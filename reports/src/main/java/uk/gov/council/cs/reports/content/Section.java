package uk.gov.council.cs.reports.content;

import java.util.List;

/** A numbered part of a report: its heading, what it says in words, its tables and charts. */
public record Section(String heading, String introduction, List<FigureTable> tables, List<Chart> charts) {
    public Section {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }
}
