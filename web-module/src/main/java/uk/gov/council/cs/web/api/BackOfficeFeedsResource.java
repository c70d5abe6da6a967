package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.backoffice.FeedActivity;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;

@Path("back-office-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Back-office feeds")
public class BackOfficeFeedsResource {

    @EJB
    private FeedActivity activity;

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Each feed from the housing and benefits systems: records applied, duplicates counted, records waiting"
            + " in quarantine and the oldest of them, when the feed last applied one and last sent anything, and a warning when it"
            + " has been quiet for longer than its setting council.feeds.<queue or folder>.silent-after (default PT24H) allows."
            + " Role: administrator.")
    public List<FeedActivity.Summary> feeds() {
        return activity.summaries();
    }

    @GET
    @Path("{feed}/records/{key}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Whether the feed (by its queue's name, such as HousingEvents) has applied the record with the sending"
            + " system's key, to how many residents, and how many times it arrived again. Role: administrator.")
    public FeedActivity.Seen record(@PathParam("feed") String feed, @PathParam("key") String key) {
        Feed known = Feed.ofChannel(feed).orElseThrow(() -> new NotFound("feed", feed + " (the feeds are "
                + String.join(", ", java.util.Arrays.stream(Feed.values()).map(Feed::channel).toList()) + ")"));
        return activity.record(known, key).orElseThrow(() -> new NotFound("record applied by the feed " + feed + " with the key", key));
    }
}
