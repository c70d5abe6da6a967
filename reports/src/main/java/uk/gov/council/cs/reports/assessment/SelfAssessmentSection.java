package uk.gov.council.cs.reports.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Section;

/**
 * The annual report's section on the council's self-assessment against the Code (Code section 8): how many
 * sections it finds it complies with, then each section's finding, explanation and evidence in its own words.
 */
public final class SelfAssessmentSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private SelfAssessmentSection() {
    }

    public static Section of(String yearLabel, List<SectionAnswer> latest) {
        Map<CodeSection, SectionAnswer> bySection = new EnumMap<>(CodeSection.class);
        latest.forEach(a -> bySection.put(a.section(), a));
        if (bySection.isEmpty()) {
            return new Section("Self-assessment against the Complaint Handling Code", "No self-assessment against the Code has"
                    + " been recorded for " + yearLabel + ". Administrators record the council's finding and evidence for each"
                    + " section on the self-assessment page, and this section then prints it.", List.of(), List.of());
        }
        Map<Compliance, Long> findings = new EnumMap<>(Compliance.class);
        bySection.values().forEach(a -> findings.merge(a.compliance(), 1L, Long::sum));
        List<Row> rows = new ArrayList<>();
        for (Compliance c : Compliance.values()) {
            rows.add(Row.of(c.words(), Cell.count(findings.getOrDefault(c, 0L))));
        }
        rows.add(Row.of("Not yet assessed", Cell.count(CodeSection.values().length - bySection.size())));
        rows.add(Row.totalOf("Sections of the Code", Cell.count(CodeSection.values().length)));
        FigureTable summary = new FigureTable("The council's findings, section by section", List.of("Finding", "Sections"), rows, null);

        List<Section.Statement> statements = new ArrayList<>();
        for (CodeSection section : CodeSection.values()) {
            SectionAnswer a = bySection.get(section);
            statements.add(new Section.Statement(section.label(), a == null ? "Not yet assessed."
                    : a.compliance().words() + ". " + a.explanation().strip() + "\nEvidence: " + a.evidence().strip()));
        }
        Instant lastChanged = bySection.values().stream().map(SectionAnswer::recordedAt).max(Comparator.naturalOrder()).orElseThrow();
        return new Section("Self-assessment against the Complaint Handling Code", "The council's own assessment for " + yearLabel
                + " against each section of the Code, with where its evidence is kept; last changed on "
                + DAY.format(lastChanged.atZone(LONDON)) + ".", List.of(summary), List.of(), statements);
    }
}
