package uk.gov.council.cs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.equality.CensusFile;
import uk.gov.council.cs.equality.CensusTable;
import uk.gov.council.cs.equality.DayToDayLimitation;
import uk.gov.council.cs.equality.Disability;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EthnicGroup;
import uk.gov.council.cs.equality.GenderIdentity;
import uk.gov.council.cs.equality.LegalPartnershipStatus;
import uk.gov.council.cs.equality.LongTermCondition;
import uk.gov.council.cs.equality.PregnancyOrMaternity;
import uk.gov.council.cs.equality.Religion;
import uk.gov.council.cs.equality.Sex;
import uk.gov.council.cs.equality.SexualOrientation;
import uk.gov.council.cs.equality.UnpaidCarer;

/**
 * The demo borough's equality answers, drawn from its own synthetic Census tables (the files demo
 * mode imports as the borough's population), so that the customers and the population agree. About
 * half the residents answer; some prefer not to say. Disability grows with age, and older and
 * disabled residents use the web far less, so the equality report has differences worth discussing.
 */
public final class DemoEquality {

    /** The demo borough's GSS code in its Census files: E09 is London's boroughs, 99 is nobody's. */
    public static final String AREA = "E09000099";
    public static final List<String> CENSUS_FILES = List.of("census2021-ts021-demo.csv", "census2021-ts008-demo.csv",
            "census2021-ts007a-demo.csv", "census2021-ts030-demo.csv", "census2021-ts038-demo.csv",
            "census2021-ts077-demo.csv", "census2021-ts078-demo.csv");
    private static final int ANSWER_PERCENT = 55;
    private static final int PREFER_NOT_TO_SAY_PERCENT = 4;

    private final Random random;
    private final Map<CensusTable, Map<String, Long>> census = new EnumMap<>(CensusTable.class);

    public DemoEquality(long seed) {
        this.random = new Random(seed);
        for (String file : CENSUS_FILES) {
            CensusFile.Contents c = read(file);
            Map<String, Long> counts = new LinkedHashMap<>();
            c.area().counts().stream().filter(n -> n.column().kind() == CensusTable.Column.Kind.CATEGORY)
                    .forEach(n -> counts.put(n.column().label(), n.residents()));
            census.put(c.table(), counts);
        }
    }

    /** A demo Census file's text, as an administrator would upload it. */
    public static String censusFile(String name) {
        try (InputStream in = DemoEquality.class.getResourceAsStream("/demo/census/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo Census file " + name + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CensusFile.Contents read(String name) {
        try {
            return CensusFile.read(new java.io.StringReader(censusFile(name)), AREA);
        } catch (CensusFile.Unreadable e) {
            throw new IllegalStateException("The demo Census file " + name + " does not read: " + e.getMessage());
        }
    }

    /** A resident's answers, or none when they did not answer (nearly half do not). */
    public Optional<EqualityAnswers> answersFor(LocalDate dateOfBirth, LocalDate today) {
        if (random.nextInt(100) >= ANSWER_PERCENT) {
            return Optional.empty();
        }
        int age = Period.between(dateOfBirth, today).getYears();
        boolean adult = age >= EqualityAnswers.ADULT_QUESTIONS_FROM_AGE;
        EthnicGroup ethnicGroup = declined() ? EthnicGroup.PREFER_NOT_TO_SAY : EthnicGroup.values()[
                indexOf(draw(CensusTable.TS021, 1.0, ""), EthnicGroup.values())];
        Sex sex = declined() ? Sex.PREFER_NOT_TO_SAY : "Female".equals(draw(CensusTable.TS008, 1.0, "")) ? Sex.FEMALE : Sex.MALE;
        GenderIdentity gender = !adult ? null : genderIdentity(draw(CensusTable.TS078, 1.0, ""));
        SexualOrientation orientation = !adult ? null : orientation(draw(CensusTable.TS077, 1.0, ""));
        Religion religion = religion(draw(CensusTable.TS030, 1.0, ""));
        // Limiting conditions are far commoner in later life: weight them by age.
        String disability = draw(CensusTable.TS038, Math.max(0.3, age / 40.0), "limited");
        LongTermCondition condition = disability.startsWith("No long term") ? LongTermCondition.NO : LongTermCondition.YES;
        DayToDayLimitation limitation = condition == LongTermCondition.NO ? null
                : disability.endsWith("a lot") ? DayToDayLimitation.A_LOT
                : disability.endsWith("a little") ? DayToDayLimitation.A_LITTLE : DayToDayLimitation.NOT_AT_ALL;
        if (declined()) {
            condition = LongTermCondition.PREFER_NOT_TO_SAY;
            limitation = null;
        }
        return Optional.of(new EqualityAnswers(ethnicGroup, sex, gender, null, orientation, null, religion, null, condition,
                limitation, partnership(age), pregnancy(sex, age), carer()));
    }

    /**
     * The channel a contact came by, given who made it: residents over 65, and disabled residents, move
     * most of their web contacts to the telephone.
     */
    public Channel channelFor(Channel drawn, LocalDate dateOfBirth, LocalDate today, EqualityAnswers answers) {
        boolean older = Period.between(dateOfBirth, today).getYears() >= 65;
        boolean disabled = answers != null && answers.disability() == Disability.DISABLED;
        if (drawn == Channel.WEB && (older || disabled) && random.nextInt(100) < 75) {
            return random.nextInt(3) == 0 ? Channel.FACE_TO_FACE : Channel.TELEPHONE;
        }
        return drawn;
    }

    /** How the questionnaire was answered: online mostly, then by phone and at the desk. */
    public Channel questionnaireChannel() {
        int r = random.nextInt(100);
        return r < 40 ? Channel.WEB : r < 75 ? Channel.TELEPHONE : Channel.FACE_TO_FACE;
    }

    private boolean declined() {
        return random.nextInt(100) < PREFER_NOT_TO_SAY_PERCENT;
    }

    /** A category of the table, in proportion to its count; labels containing {@code weighted} count {@code weight} times. */
    private String draw(CensusTable table, double weight, String weighted) {
        Map<String, Long> counts = census.get(table);
        List<String> labels = new ArrayList<>(counts.keySet());
        double[] w = new double[labels.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = counts.get(labels.get(i)) * (!weighted.isEmpty() && labels.get(i).contains(weighted) ? weight : 1.0);
            total += w[i];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return labels.get(i);
            }
        }
        return labels.get(labels.size() - 1);
    }

    private static int indexOf(String censusLabel, EthnicGroup[] groups) {
        for (int i = 0; i < groups.length; i++) {
            if (groups[i].censusLabel().equals(censusLabel)) {
                return i;
            }
        }
        throw new IllegalStateException("No ethnic group is written \"" + censusLabel + "\".");
    }

    private static GenderIdentity genderIdentity(String label) {
        return label.equals("Not answered") ? GenderIdentity.PREFER_NOT_TO_SAY
                : label.startsWith("Gender identity the same") ? GenderIdentity.SAME_AS_SEX_REGISTERED_AT_BIRTH
                : GenderIdentity.DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH;
    }

    private static SexualOrientation orientation(String label) {
        return switch (label) {
            case "Straight or Heterosexual" -> SexualOrientation.STRAIGHT_OR_HETEROSEXUAL;
            case "Gay or Lesbian" -> SexualOrientation.GAY_OR_LESBIAN;
            case "Bisexual" -> SexualOrientation.BISEXUAL;
            case "Not answered" -> SexualOrientation.PREFER_NOT_TO_SAY;
            default -> SexualOrientation.OTHER;
        };
    }

    private static Religion religion(String label) {
        return switch (label) {
            case "No religion" -> Religion.NO_RELIGION;
            case "Christian" -> Religion.CHRISTIAN;
            case "Buddhist" -> Religion.BUDDHIST;
            case "Hindu" -> Religion.HINDU;
            case "Jewish" -> Religion.JEWISH;
            case "Muslim" -> Religion.MUSLIM;
            case "Sikh" -> Religion.SIKH;
            case "Not answered" -> Religion.PREFER_NOT_TO_SAY;
            default -> Religion.OTHER;
        };
    }

    private LegalPartnershipStatus partnership(int age) {
        int r = random.nextInt(100);
        if (r < PREFER_NOT_TO_SAY_PERCENT) {
            return LegalPartnershipStatus.PREFER_NOT_TO_SAY;
        }
        if (age < 25) {
            return r < 92 ? LegalPartnershipStatus.NEVER_MARRIED_OR_IN_CIVIL_PARTNERSHIP : LegalPartnershipStatus.MARRIED;
        }
        if (age >= 75 && r >= 60) {
            return LegalPartnershipStatus.WIDOWED_OR_SURVIVING_PARTNER;
        }
        return r < 42 ? LegalPartnershipStatus.NEVER_MARRIED_OR_IN_CIVIL_PARTNERSHIP : r < 80 ? LegalPartnershipStatus.MARRIED
                : r < 82 ? LegalPartnershipStatus.IN_CIVIL_PARTNERSHIP : r < 87 ? LegalPartnershipStatus.SEPARATED
                : LegalPartnershipStatus.DIVORCED_OR_DISSOLVED;
    }

    private PregnancyOrMaternity pregnancy(Sex sex, int age) {
        int r = random.nextInt(100);
        if (r < 3) {
            return PregnancyOrMaternity.PREFER_NOT_TO_SAY;
        }
        return sex == Sex.FEMALE && age >= 18 && age <= 44 && r < 10 ? PregnancyOrMaternity.YES : PregnancyOrMaternity.NO;
    }

    private UnpaidCarer carer() {
        int r = random.nextInt(100);
        return r < PREFER_NOT_TO_SAY_PERCENT ? UnpaidCarer.PREFER_NOT_TO_SAY : r < 13 ? UnpaidCarer.YES : UnpaidCarer.NO;
    }
}
