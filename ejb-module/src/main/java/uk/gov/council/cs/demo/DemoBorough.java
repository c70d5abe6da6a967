package uk.gov.council.cs.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.gov.council.cs.contacts.AvoidableContactReason;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.CommunicationNeed;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.ResidentDetails;
import uk.gov.council.cs.residents.ResidentRegistration;
import uk.gov.council.cs.residents.Vulnerability;

/**
 * A synthetic borough, the same every time for the same seed: residents with realistic names,
 * dates of birth and postcodes, and their contacts with the council. No real person is in it.
 */
public final class DemoBorough {

    static final String[] FORENAMES = {
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Sophia", "Grace", "Freya", "Aisha", "Fatima",
        "Zainab", "Priya", "Chloe", "Megan", "Siobhan", "Ngozi", "Agnieszka", "Margaret", "Joan", "Patricia",
        "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Muhammad", "Jack", "Charlie", "Jacob",
        "Thomas", "Mohammed", "Ravi", "Kwame", "Tomasz", "Declan", "Rhys", "Dylan", "David", "John", "Michael"};

    static final String[] SURNAMES = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
        "Khan", "Begum", "Ali", "Hussain", "Singh", "Kaur", "Okafor", "Mensah", "Nowak", "Kowalski", "O'Brien",
        "Murphy", "McDonald", "Campbell", "Stewart", "Ahmed", "Shah", "Chen", "Nguyen"};

    /** Postcode districts of the synthetic borough. */
    static final String[] DISTRICTS = {"SE1", "SE5", "SE11", "SE15", "SE16", "SE17", "SE21", "SE22", "SE24", "SW9"};
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /**
     * Reasons residents give, each with the service of the demo service list it belongs to
     * ({@code demo/demo-service-list.csv}, same order).
     */
    static final String[][] REASONS_AND_SERVICES = {
        {"Missed bin collection", "Bin collections - missed bins"},
        {"Council tax bill query", "Council Tax - bills and payments"},
        {"Housing repair request", "Housing repairs"},
        {"Parking permit application", "Parking permits"},
        {"Benefit claim progress", "Housing Benefit and Council Tax Reduction"},
        {"Noise complaint", "Noise nuisance"},
        {"Library membership", "Libraries - membership"},
        {"Street lighting fault", "Street lighting faults"},
        {"School admissions advice", "School admissions"},
        {"Blue badge renewal", "Blue Badge scheme"},
        {"Fly-tipping report", "Fly-tipping"},
        {"Planning application enquiry", "Planning applications"}};

    private static final String[] OUTCOMES = {
        "Explained next steps", "Job raised", "Payment taken", "Referred to service", "Information sent by e-mail",
        "Appointment booked"};
    private static final String[] STREETS = {
        "Walworth Road", "Camberwell Grove", "Peckham Rye", "Lordship Lane", "Old Kent Road", "Denmark Hill",
        "Coldharbour Lane", "Rye Lane", "Bellenden Road", "Grove Vale"};
    private static final String[] LANGUAGES = {"Polish", "Somali", "Portuguese", "Bengali", "Spanish", "Arabic", "Yoruba"};
    /** NI prefixes that are valid (see NationalInsuranceNumber) and plainly synthetic in a demo. */
    private static final String[] NI_PREFIXES = {"JK", "JL", "JM", "JN", "JP", "JR"};

    /** A resident of the demo borough with their profile, keys in other systems, and the contacts they have had. */
    public record DemoResident(ResidentRegistration registration, ResidentDetails details, List<Vulnerability> vulnerabilities,
                               Map<ReferenceSystem, String> references, List<DemoContact> contacts) {
    }

    public record DemoContact(Channel channel, ContactType type, Instant startedAt, Duration length, String reason,
                              String service, String outcome, boolean resolvedAtFirstPoint,
                              AvoidableContactReason avoidableReason) {

        /**
         * How long a caller or webchat user waited to be answered: most within seconds, a tail of a
         * minute or more. Derived from the start time rather than drawn, so the rest of the demo
         * borough stays as it was.
         */
        public Integer waitedSeconds() {
            if (!channel.waitsToBeAnswered()) {
                return null;
            }
            int r = (int) Math.floorMod(startedAt.getEpochSecond() * 2654435761L, 70L);
            return r * r / 70;
        }
    }

    /** Feedback from a demo resident: which resident (by index), about which service (by name), what, and how long ago. */
    public record DemoFeedback(int residentIndex, uk.gov.council.cs.complaints.FeedbackKind kind, Channel channel,
                               String service, String summary, uk.gov.council.cs.complaints.ComplaintCategory category,
                               int daysAgo) {
    }

    // Category, service (as in the demo service list) and what the resident said: each complaint fits its service.
    static final String[][] COMPLAINT_SUBJECTS = {
        {"DELAY", "Housing repairs", "Reported a leak under the kitchen sink three times and nobody has come."},
        {"STAFF_BEHAVIOUR", "Council Tax - bills and payments", "The officer on the phone was rude and hung up on me when I asked about my bill."},
        {"QUALITY_OF_SERVICE", "Bin collections - missed bins", "My bins have been missed four weeks running."},
        {"DECISION", "Parking permits", "My parking permit was refused although I live in the zone."},
        {"DELAY", "Housing Benefit and Council Tax Reduction", "My benefit claim has been waiting eight weeks for a decision."},
        {"EQUALITY_AND_DIVERSITY", "Libraries - membership", "The library has no hearing loop and staff would not write things down for me."},
        {"DELAY", "Street lighting faults", "The street light outside my house has been out since October; I reported it twice."},
        {"QUALITY_OF_SERVICE", "Noise nuisance", "I sent the noise diary as asked and heard nothing back."},
        {"DECISION", "Blue Badge scheme", "My Blue Badge renewal was refused without anyone looking at my new medical evidence."},
        {"DELAY", "Planning applications", "The decision on my extension is six weeks past the date I was given."},
        {"STAFF_BEHAVIOUR", "Fly-tipping", "The enforcement officer accused me of dumping rubbish that was not mine."},
        {"QUALITY_OF_SERVICE", "School admissions", "The admissions letter had the wrong school name on it."}};
    private static final String[][] COMMENTS = {
        {"Fly-tipping", "The new online form for reporting fly-tipping is much easier."},
        {"Libraries - membership", "Library opening hours should be longer on Saturdays."}};
    private static final String[][] COMPLIMENTS = {
        {"Housing repairs", "The repairs team fixed the boiler the same day; thank you."},
        {"Council Tax - bills and payments", "The adviser on the phone was patient and very helpful."}};

    private final Random random;
    private final Instant now;

    public DemoBorough(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /**
     * A year's worth of "Have your say" in miniature: complaints received from a few days to a few
     * weeks ago (so some clocks are green, some amber, some red), comments and compliments.
     */
    public List<DemoFeedback> feedback(int residents) {
        List<DemoFeedback> feedback = new ArrayList<>();
        Channel[] channels = {Channel.TELEPHONE, Channel.EMAIL, Channel.WEB, Channel.POST, Channel.FACE_TO_FACE};
        int[] daysAgo = {0, 1, 3, 6, 9, 13, 20, 27};
        for (int i = 0; i < COMPLAINT_SUBJECTS.length; i++) {
            String[] complaint = COMPLAINT_SUBJECTS[i];
            feedback.add(new DemoFeedback(random.nextInt(residents), uk.gov.council.cs.complaints.FeedbackKind.COMPLAINT,
                    channels[i % channels.length], complaint[1], complaint[2],
                    uk.gov.council.cs.complaints.ComplaintCategory.valueOf(complaint[0]), daysAgo[i % daysAgo.length]));
        }
        for (int i = 0; i < 4; i++) {
            boolean compliment = i % 2 == 0;
            String[] said = compliment ? COMPLIMENTS[i / 2] : COMMENTS[i / 2];
            feedback.add(new DemoFeedback(random.nextInt(residents), compliment ? uk.gov.council.cs.complaints.FeedbackKind.COMPLIMENT
                    : uk.gov.council.cs.complaints.FeedbackKind.COMMENT, channels[i % channels.length], said[0], said[1], null,
                    random.nextInt(30)));
        }
        return feedback;
    }

    public List<DemoResident> residents(int count) {
        List<DemoResident> residents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ResidentRegistration registration = registration();
            residents.add(new DemoResident(registration, details(registration, i), vulnerabilities(),
                    references(i), contacts()));
        }
        return residents;
    }

    /**
     * Registrations a second system might send for people already in the borough: the same person
     * after a move, every other one with two letters of the surname swapped as well. Each is likely
     * enough to be the same person to go to the identity review queue, not certain enough to link.
     */
    public List<ResidentRegistration> nearDuplicates(List<DemoResident> residents, int count) {
        List<ResidentRegistration> duplicates = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            DemoResident original = residents.get((n * 37 + 11) % residents.size());
            String movedTo = residents.get((n * 37 + 12) % residents.size()).details().address().postcode();
            if (movedTo.equals(original.details().address().postcode())) {
                movedTo = "SE1 7PB";
            }
            String surname = original.registration().surname();
            if (n % 2 == 1 && surname.length() > 3) {
                surname = surname.substring(0, 1) + surname.charAt(2) + surname.charAt(1) + surname.substring(3);
            }
            duplicates.add(new ResidentRegistration(original.registration().forename(), surname,
                    original.registration().dateOfBirth(), movedTo));
        }
        return duplicates;
    }

    private ResidentDetails details(ResidentRegistration r, int i) {
        Address address = new Address(random.nextInt(8) == 0 ? "Flat " + (1 + random.nextInt(20)) : null,
                Integer.toString(1 + random.nextInt(200)), pick(STREETS), null, "London", r.postcode(),
                10_000_000L + i * 37L);
        // Ofcom's numbers for drama (07700 900000-900999) and example.org: no real person is reached.
        Set<String> phones = random.nextInt(10) < 7 ? Set.of(String.format("07700 900%03d", random.nextInt(1000))) : Set.of();
        Set<String> emails = random.nextInt(10) < 5
                ? Set.of(r.forename().toLowerCase(Locale.UK) + "." + r.surname().toLowerCase(Locale.UK).replace("'", "") + i + "@example.org")
                : Set.of();
        String ni = random.nextInt(10) < 6
                ? pick(NI_PREFIXES) + String.format("%06d", random.nextInt(1_000_000)) + "ABCD".charAt(random.nextInt(4))
                : null;
        boolean interpreter = random.nextInt(100) < 4;
        Set<CommunicationNeed> needs = random.nextInt(100) < 6
                ? Set.of(CommunicationNeed.values()[random.nextInt(CommunicationNeed.values().length)]) : Set.of();
        String adjustments = random.nextInt(100) < 4 ? "Prefers a call back in the morning; allow extra time to respond." : null;
        return new ResidentDetails(r.forename(), null, r.surname(), r.dateOfBirth(), address, ni, phones, emails,
                interpreter ? pick(LANGUAGES) : null, interpreter, needs, adjustments);
    }

    private List<Vulnerability> vulnerabilities() {
        return random.nextInt(100) < 5 ? List.of(Vulnerability.values()[random.nextInt(Vulnerability.values().length)]) : List.of();
    }

    private Map<ReferenceSystem, String> references(int i) {
        Map<ReferenceSystem, String> refs = new EnumMap<>(ReferenceSystem.class);
        refs.put(ReferenceSystem.COUNCIL_TAX, String.format("CT-%08d", 40_000_000 + i));
        if (random.nextInt(10) < 3) {
            refs.put(ReferenceSystem.HOUSING_TENANCY, String.format("TEN-%06d", 100_000 + i));
        }
        if (random.nextInt(10) < 2) {
            refs.put(ReferenceSystem.BENEFITS_CLAIM, String.format("HB-%07d", 2_000_000 + i));
        }
        return refs;
    }

    private ResidentRegistration registration() {
        String forename = pick(FORENAMES);
        String surname = pick(SURNAMES);
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        LocalDate dateOfBirth = today.minusYears(18 + random.nextInt(75)).minusDays(random.nextInt(365));
        return new ResidentRegistration(forename, surname, dateOfBirth, postcode());
    }

    String postcode() {
        return pick(DISTRICTS) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    private List<DemoContact> contacts() {
        int count = random.nextInt(6);
        List<DemoContact> contacts = new ArrayList<>(count);
        Channel[] channels = Channel.values();
        ContactType[] types = ContactType.values();
        for (int i = 0; i < count; i++) {
            // Telephone and web dominate a council's contact mix.
            Channel channel = random.nextInt(10) < 6 ? (random.nextBoolean() ? Channel.TELEPHONE : Channel.WEB)
                    : channels[random.nextInt(channels.length)];
            Instant startedAt = now.minus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 365)));
            String[] reasonAndService = REASONS_AND_SERVICES[random.nextInt(REASONS_AND_SERVICES.length)];
            boolean avoidable = random.nextInt(10) < 2;
            contacts.add(new DemoContact(channel, types[random.nextInt(types.length)], startedAt,
                    Duration.ofSeconds(60 + random.nextInt(900)), reasonAndService[0], reasonAndService[1], pick(OUTCOMES),
                    random.nextInt(10) < 7,
                    avoidable ? AvoidableContactReason.values()[random.nextInt(AvoidableContactReason.values().length)] : null));
        }
        return contacts;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
