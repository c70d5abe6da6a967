package uk.gov.council.cs.integration;

import java.util.List;

/** A message that cannot be accepted as it stands; its reasons go with it into quarantine. */
public class InvalidIntakeMessage extends RuntimeException {
    public InvalidIntakeMessage(List<String> problems) {
        super(String.join(" ", problems));
    }
}
