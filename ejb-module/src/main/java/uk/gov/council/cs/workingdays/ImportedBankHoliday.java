package uk.gov.council.cs.workingdays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A bank holiday from a GOV.UK file an administrator imported; it replaces the shipped dates of its year. */
@Entity
@Table(name = "imported_bank_holiday")
@IdClass(ImportedBankHoliday.Key.class)
public class ImportedBankHoliday {

    /** Nation and day together identify a holiday. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Nation nation;
        private LocalDate day;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.nation == nation && Objects.equals(k.day, day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nation, day);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Nation nation;

    @Id
    @Column(name = "holiday_on")
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedBankHoliday() {
    }

    ImportedBankHoliday(BankHolidayFile.BankHoliday h, String importedBy, Instant importedAt) {
        this.nation = h.nation();
        this.day = h.date();
        this.title = h.title().length() > 200 ? h.title().substring(0, 200) : h.title();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    BankHolidayFile.BankHoliday holiday() {
        return new BankHolidayFile.BankHoliday(nation, day, title);
    }
}
