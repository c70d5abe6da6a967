package uk.gov.council.cs.residents.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.council.cs.residents.NationalInsuranceNumber;
import uk.gov.council.cs.residents.Postcode;
import uk.gov.council.cs.residents.ResidentDetails;
import uk.gov.council.cs.residents.Uprn;

/**
 * What an adviser typed in the one search box, read the way they meant it: "Bill Smyth 3/4/1961
 * SE15 4QB" is a name, a date of birth and a postcode. Identifiers are recognised by their shape
 * (NI number, postcode, date, phone, e-mail, UPRN, a system reference such as TEN-100123); the
 * words left over are the name, forename first.
 */
public record SearchTerms(List<String> nameWords, LocalDate dateOfBirth, String postcode, Long uprn, String niNumber,
                          String phone, String email, String reference) {

    private static final Pattern NI = Pattern.compile("\\b[A-Za-z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-Da-d]\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}\\b");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(\\+44\\s?|0)\\d[\\d ]{8,12}\\d\\b");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
    private static final Pattern REFERENCE = Pattern.compile("\\b(?=[A-Za-z0-9-]*\\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(-[A-Za-z0-9]+)+\\b");
    private static final Pattern DIGITS = Pattern.compile("\\b\\d{1,12}\\b");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public static SearchTerms parse(String typed) {
        String rest = typed == null ? "" : typed.strip();
        String email = null;
        Matcher m = EMAIL.matcher(rest);
        if (m.find()) {
            email = m.group().toLowerCase(Locale.UK);
            rest = cut(rest, m);
        }
        String ni = null;
        m = NI.matcher(rest);
        while (m.find()) {
            if (NationalInsuranceNumber.problemWith(m.group()).isEmpty()) {
                ni = NationalInsuranceNumber.of(m.group()).value();
                rest = cut(rest, m);
                break;
            }
        }
        LocalDate dob = null;
        m = DATE.matcher(rest);
        if (m.find()) {
            dob = date(m);
            if (dob != null) {
                rest = cut(rest, m);
            }
        }
        String phone = null;
        m = PHONE.matcher(rest);
        if (m.find()) {
            String national = ResidentDetails.nationalPhone(m.group());
            if (national.length() == 10 || national.length() == 11) {
                phone = national;
                rest = cut(rest, m);
            }
        }
        String postcode = null;
        m = POSTCODE.matcher(rest);
        while (m.find()) {
            if (Postcode.problemWith(m.group()).isEmpty()) {
                postcode = Postcode.of(m.group()).value();
                rest = cut(rest, m);
                break;
            }
        }
        String reference = null;
        m = REFERENCE.matcher(rest);
        if (m.find()) {
            reference = m.group().toUpperCase(Locale.UK);
            rest = cut(rest, m);
        }
        Long uprn = null;
        m = DIGITS.matcher(rest);
        if (m.find() && Uprn.problemWith(m.group()).isEmpty()) {
            uprn = Uprn.of(m.group()).value();
            rest = cut(rest, m);
        }
        List<String> words = new ArrayList<>();
        for (String word : rest.split("[\\s,]+")) {
            if (word.chars().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return new SearchTerms(List.copyOf(words), dob, postcode, uprn, ni, phone, email, reference);
    }

    public boolean isEmpty() {
        return nameWords.isEmpty() && dateOfBirth == null && postcode == null && uprn == null && niNumber == null
                && phone == null && email == null && reference == null;
    }

    /** The forename as typed, when two or more words were given. */
    public String forename() {
        return nameWords.size() >= 2 ? nameWords.get(0) : null;
    }

    /** Middle words, when three or more were given. */
    public String middleNames() {
        return nameWords.size() >= 3 ? String.join(" ", nameWords.subList(1, nameWords.size() - 1)) : null;
    }

    /** The last word, or the only one: a single word is taken as a surname. */
    public String surname() {
        return nameWords.isEmpty() ? null : nameWords.get(nameWords.size() - 1);
    }

    private static String cut(String text, Matcher m) {
        return (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.parse(m.group(1) + "/" + m.group(2) + "/" + m.group(3), DAY_MONTH_YEAR);
            }
            return LocalDate.parse(m.group(4) + "-" + m.group(5) + "-" + m.group(6));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
