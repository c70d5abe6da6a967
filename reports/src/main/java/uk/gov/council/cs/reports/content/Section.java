package uk.gov.council.cs.reports.content;

import java.util.List;

/**
 * A numbered part of a report: its heading, what it says in words, its tables and charts, and any
 * statements in the council's own words (such as its self-assessment against the Code).
 */
public record Section(String heading, String introduction, List<FigureTable> tables, List<Chart> charts, List<Statement> statements) {

    /** A titled passage of text: what it is about, and what the council says. */
    public record Statement(String subject, String text) {
    }

    public Section {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        statements = List.copyOf(statements);
    }

    public Section(String heading, String introduction, List<FigureTable> tables, List<Chart> charts) {
        this(heading, introduction, tables, charts, List.of());
    }
}
