package uk.gov.council.cs.integration;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A message that cannot be accepted as it stands; its reasons go with it into quarantine. An
 * application exception, so the container does not log it: its message quotes personal data.
 */
@ApplicationException(rollback = true)
public class InvalidIntakeMessage extends RuntimeException {
    public InvalidIntakeMessage(List<String> problems) {
        super(String.join(" ", problems));
    }
}
