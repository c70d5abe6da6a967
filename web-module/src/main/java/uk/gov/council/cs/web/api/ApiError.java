package uk.gov.council.cs.web.api;

import java.util.List;

/** The body of every API error: what went wrong and, for refused input, each reason. */
public record ApiError(String message, List<String> problems) {
}
