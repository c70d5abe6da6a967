package uk.gov.council.cs.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.gov.council.cs.complaints.ComplaintCategory;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RefusalReason;
import uk.gov.council.cs.complaints.Satisfaction;
import uk.gov.council.cs.contacts.Channel;

/**
 * Two financial years and more of the council's work, planned day by day, the same every time for the
 * same seed: complaints taken through every stage and outcome (some late, some extended, some refused,
 * some escalated, some referred to the Ombudsman), service requests against their standards, and
 * satisfaction ratings. {@link DemoHistoryReplay} plays the plan through the application's own EJBs,
 * each step on its day, so that the committee reports have quarters and years worth reading.
 */
public final class DemoHistory {

    /** What happens to one complaint, in calendar days from the day it was received. */
    public record PlannedComplaint(int residentIndex, String service, ComplaintCategory category, Channel channel,
                                   LocalDate received, int acknowledgeAfter, RefusalReason refusal, int respondAfter,
                                   int extendBy, Outcome outcome, boolean financialRemedy, int escalateAfter, int stage2RespondAfter,
                                   Outcome stage2Outcome, boolean ombudsman, String ombudsmanDecision, boolean remediedFirst,
                                   Satisfaction rating, boolean learningAction, boolean actionCompleted) {

        public boolean escalated() {
            return escalateAfter > 0;
        }
    }

    /** A satisfaction rating of a service, not about a complaint. */
    public record PlannedRating(int residentIndex, String service, Channel channel, LocalDate day, Satisfaction rating) {
    }

    /** A service request and how long each step took, in calendar days; a request closed unfulfilled never fulfils. */
    public record PlannedRequest(int residentIndex, String service, Channel channel, LocalDate received, int acknowledgeAfter,
                                 int fulfilAfter, boolean closedUnfulfilled) {
    }

    private static final Channel[] COMPLAINT_CHANNELS = {Channel.EMAIL, Channel.WEB, Channel.TELEPHONE, Channel.WEB, Channel.POST,
        Channel.FACE_TO_FACE, Channel.EMAIL};
    private static final Channel[] RATING_CHANNELS = {Channel.TELEPHONE, Channel.WEB, Channel.WEB, Channel.EMAIL,
        Channel.FACE_TO_FACE, Channel.WEBCHAT};
    private static final RefusalReason[] REFUSALS = {RefusalReason.OVER_TWELVE_MONTHS, RefusalReason.ALREADY_CONSIDERED,
        RefusalReason.LEGAL_PROCEEDINGS, RefusalReason.PLANNING_APPEAL, RefusalReason.SCHOOL_ADMISSIONS};
    private static final String[] LGSCO_DECISIONS = {"Upheld", "Upheld", "Not upheld", "Closed after initial enquiries",
        "Closed after initial enquiries", "Referred back for local resolution", "Invalid or incomplete"};
    private static final String[] HOUSING_DECISIONS = {"Maladministration", "Service failure", "No maladministration",
        "Reasonable redress", "Severe maladministration"};

    private final long seed;

    public DemoHistory(long seed) {
        this.seed = seed;
    }

    /**
     * Complaints received from {@code from} to {@code to} (a few a week, more in winter), by residents
     * 0 to {@code residents - 1}. Steps that would fall after {@code today} are left for staff to take.
     */
    public List<PlannedComplaint> complaints(LocalDate from, LocalDate to, int residents) {
        Random random = new Random(seed);
        List<PlannedComplaint> planned = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean winter = day.getMonthValue() >= 11 || day.getMonthValue() <= 2;
            int count = random.nextInt(winter ? 4 : 3);
            for (int i = 0; i < count; i++) {
                planned.add(complaint(random, day, residents));
            }
        }
        return planned;
    }

    private static PlannedComplaint complaint(Random random, LocalDate day, int residents) {
        String[] c = DemoBorough.COMPLAINT_SUBJECTS[random.nextInt(DemoBorough.COMPLAINT_SUBJECTS.length)];
        // Mostly acknowledged within the Code's five working days; about one in eight late.
        int acknowledge = random.nextInt(8) == 0 ? 8 + random.nextInt(5) : 1 + random.nextInt(5);
        RefusalReason refusal = random.nextInt(20) == 0 ? REFUSALS[random.nextInt(REFUSALS.length)] : null;
        // Stage 1 answered in ten working days (about fourteen calendar days), some late, some extended.
        int extend = random.nextInt(9) == 0 ? 10 : 0;
        int respond = acknowledge + (random.nextInt(6) == 0 ? 16 + random.nextInt(12) : 4 + random.nextInt(9)) + (extend > 0 ? 12 : 0);
        int o = random.nextInt(100);
        Outcome outcome = o < 32 ? Outcome.UPHELD : o < 57 ? Outcome.PARTLY_UPHELD : Outcome.NOT_UPHELD;
        boolean escalate = refusal == null && random.nextInt(7) == 0;
        int escalateAfter = escalate ? respond + 3 + random.nextInt(14) : 0;
        int stage2 = escalate ? escalateAfter + 10 + random.nextInt(26) : 0;
        Outcome stage2Outcome = random.nextInt(3) == 0 ? Outcome.PARTLY_UPHELD : random.nextInt(4) == 0 ? Outcome.UPHELD : Outcome.NOT_UPHELD;
        boolean ombudsman = (escalate && random.nextInt(3) == 0) || (refusal != null && random.nextInt(4) == 0);
        boolean housing = "Housing repairs".equals(c[1]);
        String decision = housing ? HOUSING_DECISIONS[random.nextInt(HOUSING_DECISIONS.length)]
                : LGSCO_DECISIONS[random.nextInt(LGSCO_DECISIONS.length)];
        int r = random.nextInt(10);
        Satisfaction rating = r < 4 ? null : r < 6 ? Satisfaction.GOOD : r < 8 ? Satisfaction.AVERAGE : Satisfaction.POOR;
        boolean learning = refusal == null && outcome != Outcome.NOT_UPHELD && random.nextInt(3) == 0;
        return new PlannedComplaint(random.nextInt(residents), c[1], ComplaintCategory.valueOf(c[0]),
                COMPLAINT_CHANNELS[random.nextInt(COMPLAINT_CHANNELS.length)], day, acknowledge, refusal, respond, extend, outcome,
                outcome != Outcome.NOT_UPHELD && random.nextInt(4) == 0, escalateAfter, stage2, stage2Outcome, ombudsman, decision,
                random.nextInt(8) == 0, rating, learning, random.nextInt(5) != 0);
    }

    /** Ratings of services given on any channel, a handful each working day; the web is rated lower than people. */
    public List<PlannedRating> ratings(LocalDate from, LocalDate to, int residents) {
        Random random = new Random(seed + 1);
        List<PlannedRating> planned = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            // Satisfaction improves a little over the two years, as the lessons from complaints take hold.
            int improvement = (int) (java.time.temporal.ChronoUnit.DAYS.between(from, day) / 120);
            for (int i = random.nextInt(4); i > 0; i--) {
                Channel channel = RATING_CHANNELS[random.nextInt(RATING_CHANNELS.length)];
                int score = random.nextInt(100) + improvement * 2 - (channel == Channel.WEB ? 8 : 0);
                Satisfaction rating = score >= 48 ? Satisfaction.GOOD : score >= 25 ? Satisfaction.AVERAGE : Satisfaction.POOR;
                planned.add(new PlannedRating(random.nextInt(residents),
                        DemoBorough.REASONS_AND_SERVICES[random.nextInt(DemoBorough.REASONS_AND_SERVICES.length)][1], channel, day, rating));
            }
        }
        return planned;
    }

    /** Service requests, a few each working day; most steps on time, some late, a few closed unfulfilled. */
    public List<PlannedRequest> requests(LocalDate from, LocalDate to, int residents) {
        Random random = new Random(seed + 2);
        List<PlannedRequest> planned = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                int acknowledge = random.nextInt(6) == 0 ? 5 + random.nextInt(6) : random.nextInt(3);
                int fulfil = acknowledge + (random.nextInt(5) == 0 ? 20 + random.nextInt(20) : 2 + random.nextInt(12));
                planned.add(new PlannedRequest(random.nextInt(residents),
                        DemoBorough.REASONS_AND_SERVICES[random.nextInt(DemoBorough.REASONS_AND_SERVICES.length)][1],
                        random.nextBoolean() ? Channel.TELEPHONE : Channel.WEB, day, acknowledge, fulfil, random.nextInt(15) == 0));
            }
        }
        return planned;
    }
}
