package uk.gov.council.cs.timeline;

import java.util.List;

/** One page of a resident's timeline, newest first, and how many entries the filter matches in all. */
public record TimelinePage(List<TimelineItem> items, long total, int first) {
}
