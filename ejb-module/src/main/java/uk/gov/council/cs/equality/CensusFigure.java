package uk.gov.council.cs.equality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One category's count of the borough's people in one Census 2021 table. */
@Entity
@Table(name = "census_population")
public class CensusFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "census_population_seq")
    @SequenceGenerator(name = "census_population_seq", sequenceName = "census_population_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "census_table", nullable = false, length = 10)
    private CensusTable censusTable;

    @Column(name = "geography_code", nullable = false, length = 9)
    private String geographyCode;

    @Column(name = "geography_name", nullable = false, length = 200)
    private String geographyName;

    @Column(name = "census_label", nullable = false, length = 300)
    private String censusLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "column_kind", nullable = false, length = 10)
    private CensusTable.Column.Kind kind;

    @Column(length = 60)
    private String category;

    @Column(name = "age_from")
    private Integer ageFrom;

    @Column(name = "age_to")
    private Integer ageTo;

    @Column(nullable = false)
    private long residents;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    protected CensusFigure() {
    }

    CensusFigure(CensusTable table, CensusFile.Area area, CensusFile.Count count, Instant importedAt, String importedBy) {
        this.censusTable = table;
        this.geographyCode = area.code().toUpperCase(java.util.Locale.UK);
        this.geographyName = area.name();
        this.censusLabel = count.column().label();
        this.kind = count.column().kind();
        this.category = count.column().category();
        this.ageFrom = count.column().ageFrom();
        this.ageTo = count.column().ageTo();
        this.residents = count.residents();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public CensusTable getCensusTable() {
        return censusTable;
    }

    public String getGeographyCode() {
        return geographyCode;
    }

    public String getGeographyName() {
        return geographyName;
    }

    public String getCensusLabel() {
        return censusLabel;
    }

    public CensusTable.Column.Kind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public long getResidents() {
        return residents;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
