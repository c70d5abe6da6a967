package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.council.cs.backoffice.FeedActivity;

/** The administrators' view of the back-office feeds: what each has applied, counted twice and left waiting. */
@Named
@RequestScoped
public class BackOfficeFeedsView {

    @EJB
    private FeedActivity activity;

    private List<FeedActivity.Summary> feeds;

    public List<FeedActivity.Summary> getFeeds() {
        if (feeds == null) {
            feeds = activity.summaries();
        }
        return feeds;
    }
}
