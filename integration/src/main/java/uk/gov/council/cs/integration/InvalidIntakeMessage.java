package uk.gov.council.cs.integration;

import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;

/** A message that cannot be accepted as it stands; its reasons go with it into quarantine. */
public class InvalidIntakeMessage extends DetailsRefused {

    private static final long serialVersionUID = 1L;

    public InvalidIntakeMessage(List<String> problems) {
        super("The message from the back-office system was refused.", problems);
    }
}
