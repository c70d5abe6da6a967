package uk.gov.council.cs.reports.content;

import java.util.List;

/**
 * A chart for what a committee would rather look at than read: bars or lines of a category
 * dataset, and the words that say the same for anyone who cannot see it (the PDF's alternative text).
 */
public record Chart(Kind kind, String title, String valueAxis, List<Point> points, String description) {

    public enum Kind { BAR, STACKED_BAR, LINE }

    public Chart {
        points = List.copyOf(points);
    }

    /** One value: its series (a line or a colour of bar), its category (a quarter, a channel) and the value. */
    public record Point(String series, String category, Number value) {
        // Getters by bean name for the report template's data source.
        public String getSeries() {
            return series;
        }

        public String getCategory() {
            return category;
        }

        public Number getValue() {
            return value;
        }
    }
}
