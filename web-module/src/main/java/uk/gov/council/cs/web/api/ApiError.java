package uk.gov.council.cs.web.api;

import java.util.List;

/**
 * The body of every API error: what went wrong, each reason for refused input ("dateOfBirth: ...
 * is not a date; write it as YYYY-MM-DD"), and for a fault of ours the incident number to quote.
 */
public record ApiError(String message, List<String> problems, String incident) {

    public ApiError(String message, List<String> problems) {
        this(message, problems, null);
    }
}
