package uk.gov.council.cs.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Names drawn as often as a real London borough would have them: a few names are common (the demo
 * borough's lists, most common first) and most people carry one of a long tail of rarer names.
 * Drawing uniformly from a short list would make two strangers share a forename, surname and date
 * of birth about fifty times more often than they do, and so make identity matching look worse
 * than it is. The shares are chosen so that two people picked at random share a surname about 1 in
 * 350 times and a forename about 1 in 120 times, close to what name statistics for England show.
 */
final class BoroughNames {

    /** Share of people whose forename is one of the demo borough's common forenames. */
    static final double COMMON_FORENAME_SHARE = 0.45;
    /** Share of people whose surname is one of the demo borough's common surnames. */
    static final double COMMON_SURNAME_SHARE = 0.30;

    private static final String[] RARER_FORENAMES = {
        "Abdul", "Adam", "Adrian", "Aiden", "Alan", "Albert", "Alexander", "Alfie", "Alice", "Alison", "Amanda",
        "Amara", "Amir", "Amy", "Andrea", "Andrew", "Angela", "Anna", "Anne", "Anthony", "Archie", "Arjun",
        "Asif", "Barbara", "Beatrice", "Benjamin", "Bernard", "Beth", "Bilal", "Brian", "Bridget", "Caitlin",
        "Callum", "Cameron", "Carl", "Carol", "Caroline", "Catherine", "Chidi", "Christine", "Christopher", "Ciara",
        "Claire", "Colin", "Connor", "Craig", "Daniel", "Daniela", "Darren", "Deborah", "Deepak", "Denise",
        "Derek", "Diana", "Dominic", "Donna", "Dorothy", "Duncan", "Edward", "Eilidh", "Eleanor", "Elena",
        "Elijah", "Elizabeth", "Ella", "Ellie", "Emeka", "Emily", "Emma", "Eric", "Ethan", "Eve", "Ewa",
        "Farah", "Felix", "Fiona", "Florence", "Frances", "Francis", "Gareth", "Gary", "Gemma", "Geoffrey",
        "Georgia", "Gillian", "Graham", "Hamza", "Hannah", "Harriet", "Harvey", "Hassan", "Hazel", "Heather",
        "Helen", "Henry", "Hugo", "Ian", "Ibrahim", "Imogen", "Irene", "Isaac", "Isabella", "Isabelle",
        "Jacqueline", "Jade", "James", "Jamie", "Jane", "Janet", "Jasmine", "Jason", "Jayden", "Jennifer",
        "Jessica", "Joanne", "Joseph", "Joshua", "Joyce", "Judith", "Julia", "Julie", "Kamal", "Karen", "Kate",
        "Katie", "Keith", "Kelly", "Kevin", "Kieran", "Kofi", "Lakshmi", "Laura", "Lauren", "Lee", "Leah",
        "Lewis", "Liam", "Linda", "Logan", "Louise", "Lucy", "Luke", "Lydia", "Mahmoud", "Malcolm", "Marcus",
        "Maria", "Mark", "Martin", "Martyna", "Mary", "Matthew", "Maya", "Mehmet", "Mei", "Melanie", "Michelle",
        "Mohamed", "Molly", "Nadia", "Naomi", "Natalie", "Nathan", "Neil", "Nicholas", "Nicola", "Nigel",
        "Nimra", "Nora", "Omar", "Owen", "Paul", "Pauline", "Peter", "Philip", "Phoebe", "Piotr", "Poppy",
        "Rachel", "Rahul", "Rebecca", "Reuben", "Richard", "Robert", "Rosa", "Rosie", "Ruby", "Rukhsana",
        "Ryan", "Saanvi", "Samuel", "Sandra", "Sara", "Sarah", "Scarlett", "Sean", "Shirley", "Simon", "Sinead",
        "Sofia", "Stanley", "Stephen", "Steven", "Stuart", "Susan", "Tariq", "Teresa", "Theo", "Theodore",
        "Toby", "Tracey", "Tyler", "Usman", "Valerie", "Victoria", "Vikram", "Wendy", "William", "Yasmin",
        "Yusuf", "Zara", "Zoe"};

    private static final String[] SURNAME_STEMS = {
        "Ash", "Black", "Brad", "Brom", "Cal", "Chat", "Cliff", "Craw", "Dal", "Dun", "East", "Elm", "Fair",
        "Fern", "Gold", "Hal", "Har", "Hart", "Haw", "Hol", "Kings", "Lang", "Lea", "Mar", "Mid", "Mill", "Moor",
        "Nor", "Oak", "Pen", "Ply", "Rad", "Red", "Rock", "Rom", "Ros", "Roth", "Sal", "Sand", "Shel", "South",
        "Stan", "Stock", "Stone", "Sud", "Thorn", "Tud", "Wal", "War", "Wes", "Whit", "Wick", "Win", "Wor",
        "Yar", "Bal", "Ches", "Cum", "Ever", "Gil", "Knap", "Lyn", "Mans", "Pick", "Quar", "Sher", "Tam",
        "Ux", "Ven", "Bux"};
    private static final String[] SURNAME_ENDINGS = {
        "ford", "ley", "ton", "wood", "field", "worth", "by", "ham", "well", "bury", "combe", "den", "dale",
        "gate", "hurst", "land", "more", "stead", "thorpe", "wick", "brook", "bridge", "croft", "cott", "leigh",
        "mont", "ington", "ridge", "shaw", "ward", "wright", "house", "hill", "lock", "man", "ock", "ett", "en",
        "ing", "all"};

    private static final String[] FORENAMES = join(DemoBorough.FORENAMES, RARER_FORENAMES);
    private static final String[] SURNAMES = join(DemoBorough.SURNAMES, compoundSurnames());
    private static final double[] FORENAME_CUMULATIVE = cumulative(DemoBorough.FORENAMES.length, RARER_FORENAMES.length,
            COMMON_FORENAME_SHARE);
    private static final double[] SURNAME_CUMULATIVE = cumulative(DemoBorough.SURNAMES.length,
            SURNAMES.length - DemoBorough.SURNAMES.length, COMMON_SURNAME_SHARE);

    private BoroughNames() {
    }

    static String forename(Random random) {
        return FORENAMES[draw(FORENAME_CUMULATIVE, random)];
    }

    static String surname(Random random) {
        return SURNAMES[draw(SURNAME_CUMULATIVE, random)];
    }

    /** The chance that two people drawn at random share a forename (or surname): the sum of the squared shares. */
    static double chanceOfSharedForename() {
        return sumOfSquares(FORENAME_CUMULATIVE);
    }

    static double chanceOfSharedSurname() {
        return sumOfSquares(SURNAME_CUMULATIVE);
    }

    static int distinctSurnames() {
        return SURNAMES.length;
    }

    /** Ashford, Blackwood, Hartley...: a long tail of distinct English place-like surnames, none repeated. */
    private static String[] compoundSurnames() {
        List<String> names = new ArrayList<>();
        java.util.Set<String> common = new java.util.HashSet<>(Arrays.asList(DemoBorough.SURNAMES));
        for (String stem : SURNAME_STEMS) {
            for (String ending : SURNAME_ENDINGS) {
                String name = stem + ending;
                if (!common.contains(name) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names.toArray(String[]::new);
    }

    /**
     * Cumulative shares: the common names take {@code commonShare} between them, falling off with
     * rank as real name frequencies do (1/(rank + 5)); the rarer names share the rest equally.
     */
    private static double[] cumulative(int common, int rarer, double commonShare) {
        double[] shares = new double[common + rarer];
        double weights = 0;
        for (int i = 0; i < common; i++) {
            weights += 1.0 / (i + 6);
        }
        for (int i = 0; i < common; i++) {
            shares[i] = commonShare * (1.0 / (i + 6)) / weights;
        }
        for (int i = common; i < shares.length; i++) {
            shares[i] = (1 - commonShare) / rarer;
        }
        double[] cumulative = new double[shares.length];
        double running = 0;
        for (int i = 0; i < shares.length; i++) {
            running += shares[i];
            cumulative[i] = running;
        }
        cumulative[cumulative.length - 1] = 1.0;
        return cumulative;
    }

    private static int draw(double[] cumulative, Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
    }

    private static double sumOfSquares(double[] cumulative) {
        double sum = 0;
        double previous = 0;
        for (double c : cumulative) {
            sum += (c - previous) * (c - previous);
            previous = c;
        }
        return sum;
    }

    private static String[] join(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
