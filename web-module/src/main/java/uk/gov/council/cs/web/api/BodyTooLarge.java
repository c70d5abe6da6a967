package uk.gov.council.cs.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A request body over the API's limit: 413, said in words. */
public class BodyTooLarge extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public BodyTooLarge(long limit) {
        super(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("The body is larger than the API accepts (" + limit / 1024 + " KB).",
                        List.of("Send at most " + limit / 1024 + " KB in one request; split larger imports into parts.")))
                .build());
    }
}
