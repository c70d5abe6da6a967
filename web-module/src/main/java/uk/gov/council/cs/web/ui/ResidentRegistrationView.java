package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.residents.RegistrationOutcome;
import uk.gov.council.cs.residents.ResidentRegistration;
import uk.gov.council.cs.residents.ResidentService;

/**
 * Registering a resident the search did not find, on the adviser's desk. Identity matching runs as
 * for every registration: the adviser is told whether the person was already on file, is new, or
 * is new with a possible second record raised for review.
 */
@Named
@ViewScoped
public class ResidentRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "registration (adviser's desk)";

    @EJB
    private transient ResidentService residents;

    private String forename;
    private String surname;
    private final DateEntry dateOfBirth = new DateEntry();
    private String postcode;
    private RegistrationOutcome outcome;

    public void register() {
        outcome = null;
        String dateProblem = dateOfBirth.problem("Date of birth");
        if (dateProblem != null) {
            Messages.fieldProblem("register:dateOfBirth:day", dateProblem);
            return;
        }
        try {
            outcome = residents.register(new ResidentRegistration(forename, surname, dateOfBirth.date(), postcode), PURPOSE);
            Messages.done(switch (outcome.result()) {
                case REGISTERED -> "Registered as a new resident.";
                case LINKED_TO_EXISTING -> "This person is already on file; nothing new was registered.";
                case REGISTERED_FOR_REVIEW -> "Registered; another record may be the same person, so the pair is raised for identity review.";
            });
        } catch (DetailsRefused e) {
            Messages.refused(e, java.util.Map.of("Forename", "register:forename", "Surname", "register:surname",
                    "Date of birth", "register:dateOfBirth:day", "Postcode", "register:postcode"));
        }
    }

    public RegistrationOutcome getOutcome() {
        return outcome;
    }

    public String getForename() {
        return forename;
    }

    public void setForename(String forename) {
        this.forename = forename;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public DateEntry getDateOfBirth() {
        return dateOfBirth;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
