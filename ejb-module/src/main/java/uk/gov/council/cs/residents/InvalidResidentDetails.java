package uk.gov.council.cs.residents;

import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;

/** A resident's details that cannot be accepted, with every reason. */
public class InvalidResidentDetails extends DetailsRefused {

    private static final long serialVersionUID = 1L;

    public InvalidResidentDetails(List<String> problems) {
        super("The resident's details were refused.", problems);
    }
}
