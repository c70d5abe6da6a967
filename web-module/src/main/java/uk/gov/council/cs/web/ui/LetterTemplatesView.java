package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.LetterKind;
import uk.gov.council.cs.complaints.LetterTemplate;
import uk.gov.council.cs.refusals.DetailsRefused;

/** The wording of each complaint letter, edited by administrators; an unknown placeholder is refused on saving. */
@Named
@ViewScoped
public class LetterTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Complaints complaints;

    private List<LetterTemplate> templates;
    private final Map<LetterKind, String> subjects = new EnumMap<>(LetterKind.class);
    private final Map<LetterKind, String> bodies = new EnumMap<>(LetterKind.class);

    public void load() {
        templates = complaints.letterTemplates();
        for (LetterTemplate t : templates) {
            subjects.put(t.kind(), t.subject());
            bodies.put(t.kind(), t.body());
        }
    }

    public void save(LetterKind kind) {
        try {
            complaints.editLetterTemplate(kind, subjects.get(kind), bodies.get(kind));
            Messages.done("The wording of \"" + kind.label() + "\" is saved; letters from now on use it.");
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public String getPlaceholders() {
        return String.join(", ", new TreeSet<>(LetterTemplate.PLACEHOLDERS.keySet()).stream().map(p -> "${" + p + "}").toList());
    }

    public List<LetterTemplate> getTemplates() {
        return templates;
    }

    public Map<LetterKind, String> getSubjects() {
        return subjects;
    }

    public Map<LetterKind, String> getBodies() {
        return bodies;
    }
}
