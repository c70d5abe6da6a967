package uk.gov.council.cs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.gov.council.cs.residents.matching.PersonDetails;

/**
 * A large synthetic population for measuring identity matching: households at shared addresses
 * (couples, children, sometimes a child named after a parent, sometimes twins), and for a share of
 * people a second record as another system would hold it, with the kinds of error such records
 * carry. Which records are the same person is known, so precision and recall can be counted.
 */
public final class SyntheticPopulation {

    /** How a second record differs from the first. */
    public enum Variation {
        EXACT, SURNAME_TYPO, FORENAME_TYPO, NICKNAME, DOB_DIGITS_SWAPPED, MOVED_HOUSE, MARRIED_NAME, MOVED_WITH_PHONE,
        NAMES_SWAPPED
    }

    /** One record; records with the same person number are the same person. */
    public record Record(int person, PersonDetails details, Variation variation) {
    }

    private static final String[][] NICKNAMES = {{"Margaret", "Maggie"}, {"Thomas", "Tom"}, {"Michael", "Mike"},
        {"David", "Dave"}, {"Patricia", "Pat"}, {"Jacob", "Jake"}, {"Charlie", "Charles"}, {"Oliver", "Ollie"}};

    private final Random random;

    public SyntheticPopulation(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param people         distinct people
     * @param duplicateShare share of people who also have a second record
     */
    public List<Record> generate(int people, double duplicateShare) {
        List<Record> records = new ArrayList<>(people + (int) (people * duplicateShare) + 16);
        int person = 0;
        while (person < people) {
            String postcode = postcode();
            long uprn = 100_000_000_000L + person;
            String surname = BoroughNames.surname(random);
            int size = 1 + random.nextInt(4);
            LocalDate parentBorn = LocalDate.of(1945 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String parentName = null;
            for (int i = 0; i < size && person < people; i++) {
                String forename;
                LocalDate born;
                if (i == 0) {
                    forename = BoroughNames.forename(random);
                    born = parentBorn;
                    parentName = forename;
                } else if (i == 1) {
                    forename = BoroughNames.forename(random);
                    born = parentBorn.plusDays(random.nextInt(2000) - 1000);
                } else {
                    // Children: one in ten named after the parent, one in twenty a twin of the one before.
                    forename = random.nextInt(10) == 0 ? parentName : BoroughNames.forename(random);
                    born = parentBorn.plusYears(20 + random.nextInt(15)).plusDays(random.nextInt(365));
                    if (random.nextInt(20) == 0 && records.get(records.size() - 1).person() == person - 1) {
                        born = records.get(records.size() - 1).details().dateOfBirth();
                    }
                }
                if (born.isAfter(LocalDate.of(2025, 12, 31))) {
                    born = LocalDate.of(2025, 1, 1 + random.nextInt(28));
                }
                String phone = random.nextInt(10) < 7 ? String.format("07700%06d", random.nextInt(1_000_000)) : null;
                String ni = random.nextInt(10) < 5 ? String.format("JK%06dA", person % 1_000_000) : null;
                PersonDetails first = new PersonDetails(forename, surname, List.of(), born, postcode, uprn, ni,
                        phone == null ? Set.of() : Set.of(phone), Set.of());
                records.add(new Record(person, first, null));
                if (random.nextDouble() < duplicateShare) {
                    Variation v = Variation.values()[random.nextInt(Variation.values().length)];
                    records.add(new Record(person, second(first, v, phone), v));
                }
                person++;
            }
        }
        return records;
    }

    /** The same person as another system holds them: usually no NI number or UPRN, and one kind of error. */
    private PersonDetails second(PersonDetails p, Variation v, String phone) {
        String forename = p.givenNames();
        String surname = p.surname();
        LocalDate born = p.dateOfBirth();
        String postcode = p.postcode();
        Long uprn = random.nextInt(3) == 0 ? p.uprn() : null;
        List<String> previous = List.of();
        Set<String> phones = Set.of();
        if (v == Variation.EXACT) {
            // As held, except that another system seldom has the NI number.
            return new PersonDetails(forename, surname, previous, born, postcode, uprn, null, phones, Set.of());
        }
        switch (v) {
            case SURNAME_TYPO -> surname = typo(surname);
            case FORENAME_TYPO -> forename = typo(forename);
            case NICKNAME -> forename = nickname(forename);
            case DOB_DIGITS_SWAPPED -> born = digitsSwapped(born);
            case MOVED_HOUSE -> {
                postcode = postcode();
                uprn = null;
            }
            case MARRIED_NAME -> {
                previous = List.of(surname);
                surname = BoroughNames.surname(random);
            }
            case MOVED_WITH_PHONE -> {
                postcode = postcode();
                uprn = null;
                phones = phone == null ? Set.of() : Set.of(phone);
            }
            case NAMES_SWAPPED -> {
                String f = forename;
                forename = surname;
                surname = f;
            }
        }
        return new PersonDetails(forename, surname, previous, born, postcode, uprn, null, phones, Set.of());
    }

    /** The day's two digits swapped (12th to 21st) where that is a date; otherwise the year's last two (1984 to 1948). */
    private static LocalDate digitsSwapped(LocalDate born) {
        int day = born.getDayOfMonth();
        int swappedDay = (day % 10) * 10 + day / 10;
        if (day >= 10 && day % 10 != 0 && swappedDay != day && swappedDay <= 28) {
            return born.withDayOfMonth(swappedDay);
        }
        int year = born.getYear();
        int swappedYear = year - year % 100 + (year % 10) * 10 + (year % 100) / 10;
        return swappedYear == year || swappedYear > 2025 ? born.withDayOfMonth(day == 1 ? 2 : 1) : born.withYear(swappedYear);
    }

    private String typo(String name) {
        if (name.length() < 4) {
            return name + name.charAt(name.length() - 1);
        }
        int i = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    private String nickname(String forename) {
        for (String[] pair : NICKNAMES) {
            if (pair[0].equalsIgnoreCase(forename)) {
                return pair[1];
            }
        }
        return forename;
    }

    private String postcode() {
        return pick(DemoBorough.DISTRICTS) + " " + (1 + random.nextInt(9))
                + DemoBorough.INWARD_LETTERS.charAt(random.nextInt(DemoBorough.INWARD_LETTERS.length()))
                + DemoBorough.INWARD_LETTERS.charAt(random.nextInt(DemoBorough.INWARD_LETTERS.length()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
