package uk.gov.council.cs.web.ui;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as a person types it into the design's date input: day, month and year in three boxes.
 * Says what is wrong in the Design System's words ("... must include a month", "... must be a real
 * date"), so the error summary and the field say the same.
 */
public class DateEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String day;
    private String month;
    private String year;

    public DateEntry() {
    }

    public static DateEntry of(LocalDate date) {
        DateEntry e = new DateEntry();
        if (date != null) {
            e.day = String.valueOf(date.getDayOfMonth());
            e.month = String.valueOf(date.getMonthValue());
            e.year = String.valueOf(date.getYear());
        }
        return e;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** What is wrong with the entry, beginning with the field's name, or null if it is a date or left empty. */
    public String problem(String name) {
        if (isBlank()) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            String missing = blank(day) && blank(month) ? "a day and month" : blank(day) && blank(year) ? "a day and year"
                    : blank(month) && blank(year) ? "a month and year" : blank(day) ? "a day" : blank(month) ? "a month" : "a year";
            return name + " must include " + missing;
        }
        if (!year.strip().matches("\\d{4}")) {
            return name + " must include a year with 4 numbers";
        }
        if (!day.strip().matches("\\d{1,2}") || !month.strip().matches("\\d{1,2}")) {
            return name + " must be a real date";
        }
        try {
            LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            return null;
        } catch (DateTimeException e) {
            return name + " must be a real date";
        }
    }

    /** The date, or null when nothing was typed; call only when {@link #problem} found none. */
    public LocalDate date() {
        if (isBlank()) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
