package uk.gov.council.cs.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.residents.ResidentRegistration;

/**
 * A synthetic borough, the same every time for the same seed: residents with realistic names,
 * dates of birth and postcodes, and their contacts with the council. No real person is in it.
 */
public final class DemoBorough {

    private static final String[] FORENAMES = {
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Sophia", "Grace", "Freya", "Aisha", "Fatima",
        "Zainab", "Priya", "Chloe", "Megan", "Siobhan", "Ngozi", "Agnieszka", "Margaret", "Joan", "Patricia",
        "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Muhammad", "Jack", "Charlie", "Jacob",
        "Thomas", "Mohammed", "Ravi", "Kwame", "Tomasz", "Declan", "Rhys", "Dylan", "David", "John", "Michael"};

    private static final String[] SURNAMES = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
        "Khan", "Begum", "Ali", "Hussain", "Singh", "Kaur", "Okafor", "Mensah", "Nowak", "Kowalski", "O'Brien",
        "Murphy", "McDonald", "Campbell", "Stewart", "Ahmed", "Shah", "Chen", "Nguyen"};

    /** Postcode districts of the synthetic borough. */
    private static final String[] DISTRICTS = {"SE1", "SE5", "SE11", "SE15", "SE16", "SE17", "SE21", "SE22", "SE24", "SW9"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final String[] REASONS = {
        "Missed bin collection", "Council tax bill query", "Housing repair request", "Parking permit application",
        "Benefit claim progress", "Noise complaint", "Library membership", "Street lighting fault",
        "School admissions advice", "Blue badge renewal", "Fly-tipping report", "Planning application enquiry"};

    /** A resident of the demo borough with the contacts they have had. */
    public record DemoResident(ResidentRegistration registration, List<DemoContact> contacts) {
    }

    public record DemoContact(Channel channel, ContactType type, Instant startedAt, String reason, boolean resolvedAtFirstPoint) {
    }

    private final Random random;
    private final Instant now;

    public DemoBorough(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    public List<DemoResident> residents(int count) {
        List<DemoResident> residents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            residents.add(new DemoResident(registration(), contacts()));
        }
        return residents;
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
            Instant startedAt = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
            contacts.add(new DemoContact(channel, types[random.nextInt(types.length)], startedAt, pick(REASONS),
                    random.nextInt(10) < 7));
        }
        return contacts;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
