package uk.gov.council.cs.residents;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Details that cannot be accepted, with every reason. Rolls back whatever the caller had written. */
@ApplicationException(rollback = true)
public class InvalidResidentDetails extends RuntimeException {
    private final List<String> problems;

    public InvalidResidentDetails(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
