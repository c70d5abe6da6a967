package uk.gov.council.cs.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything an adviser can correct on a resident's record in one go. {@link #problems()} lists
 * every reason the details cannot be accepted. Empty optional fields mean "not known".
 *
 * @param phones UK numbers as typed (spaces, +44 allowed); stored as digits in national form
 * @param emails as typed; stored in lower case
 */
public record ResidentDetails(String forename, String middleNames, String surname, LocalDate dateOfBirth,
                              Address address, String niNumber, Set<String> phones, Set<String> emails,
                              String preferredLanguage, boolean interpreterNeeded,
                              Set<CommunicationNeed> communicationNeeds, String reasonableAdjustments) {

    private static final Pattern UK_PHONE = Pattern.compile("0[1-9][0-9]{8,9}");
    // Deliberately plain: one @, something either side, a dot in the domain. Real checking is sending to it.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ResidentDetails {
        phones = phones == null ? Set.of() : Set.copyOf(phones);
        emails = emails == null ? Set.of() : Set.copyOf(emails);
        communicationNeeds = communicationNeeds == null ? Set.of() : Set.copyOf(communicationNeeds);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>(
                new ResidentRegistration(forename, surname, dateOfBirth, address == null ? null : address.postcode()).problems());
        if (address != null) {
            address.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
        if (middleNames != null && middleNames.length() > 100) {
            problems.add("Middle names are longer than 100 characters.");
        }
        if (niNumber != null && !niNumber.isBlank()) {
            NationalInsuranceNumber.problemWith(niNumber).ifPresent(problems::add);
        }
        for (String phone : phones) {
            if (!UK_PHONE.matcher(nationalPhone(phone)).matches()) {
                problems.add("Phone number \"" + phone + "\" is not a UK number of 10 or 11 digits starting with 0 (or +44).");
            }
        }
        for (String email : emails) {
            if (email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
                problems.add("E-mail address \"" + email + "\" is not in the form name@example.org.");
            }
        }
        if (preferredLanguage != null && preferredLanguage.length() > 50) {
            problems.add("Preferred language is longer than 50 characters.");
        }
        if (interpreterNeeded && (preferredLanguage == null || preferredLanguage.isBlank())) {
            problems.add("Say which language the interpreter is for (preferred language).");
        }
        if (reasonableAdjustments != null && reasonableAdjustments.length() > 1000) {
            problems.add("Reasonable adjustments are longer than 1,000 characters.");
        }
        return problems;
    }

    /**
     * Digits only, with +44 or 0044 turned into the national 0; the "(0)" people write after the
     * country code ("+44 (0)7700 900123") is the same 0, not another digit.
     */
    public static String nationalPhone(String typed) {
        String digits = typed.replaceAll("\\(\\s*0\\s*\\)", "").replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
    }
}
