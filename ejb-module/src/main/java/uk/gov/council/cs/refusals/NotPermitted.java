package uk.gov.council.cs.refusals;

import java.util.List;

/** The caller's role does not allow what they asked, with the reason in words: answered as 403. */
public class NotPermitted extends DetailsRefused {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String summary, String reason) {
        super(summary, List.of(reason));
    }
}
