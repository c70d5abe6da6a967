package uk.gov.council.cs.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import uk.gov.council.cs.demo.SyntheticPopulation;
import uk.gov.council.cs.residents.matching.BlockingKeys;
import uk.gov.council.cs.residents.matching.MatchDecision;
import uk.gov.council.cs.residents.matching.MatchResult;
import uk.gov.council.cs.residents.matching.MatchSettings;
import uk.gov.council.cs.residents.matching.ResidentMatcher;

/**
 * Matching precision and recall on a synthetic borough with known truth (a benchmark, not a test:
 * it prints figures). It does what the application does with each incoming record: gather the
 * residents on file that share a blocking key (at most {@value #CANDIDATES}, lowest id first, as
 * {@code ResidentMatching} reads them), score each, and take the best: linked automatically, sent
 * to the review queue, or a new resident.
 *
 * <p>Incoming records are the near-duplicates (a second record of a resident on file, with one
 * kind of error) and, as a control, the first records of people held back from the file: newcomers,
 * many of them joining a household already on file, who must not be linked to anyone.
 *
 * <pre>bin/benchmark-matching [people] [duplicate share] [link-at] [review-at]   (defaults 1000000 0.05, the council's settings)</pre>
 */
public final class MatchingAccuracyBenchmark {

    static final int CANDIDATES = 200;
    /** One person in this many is held back from the file and arrives as a newcomer. */
    private static final int NEWCOMER_EVERY = 20;

    private enum Outcome { LINK_RIGHT, LINK_WRONG, REVIEW_RIGHT, REVIEW_WRONG, NEW }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
        MatchSettings settings = args.length > 3
                ? new MatchSettings(Double.parseDouble(args[2]), Double.parseDouble(args[3]), MatchSettings.DEFAULT.priorMatch())
                : MatchSettings.DEFAULT;
        long started = System.nanoTime();
        List<SyntheticPopulation.Record> records = new SyntheticPopulation(20261125L).generate(people, share);

        List<SyntheticPopulation.Record> onFile = new ArrayList<>();
        List<SyntheticPopulation.Record> incoming = new ArrayList<>();
        for (SyntheticPopulation.Record r : records) {
            boolean newcomer = r.person() % NEWCOMER_EVERY == 7;
            if (r.variation() == null) {
                (newcomer ? incoming : onFile).add(r);
            } else if (!newcomer) {
                incoming.add(r);
            }
        }
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < onFile.size(); i++) {
            for (String key : BlockingKeys.of(onFile.get(i).details())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        long indexed = System.nanoTime();

        ResidentMatcher matcher = new ResidentMatcher(settings);
        int variations = SyntheticPopulation.Variation.values().length;
        AtomicLongArray byKind = new AtomicLongArray((variations + 1) * Outcome.values().length);
        AtomicLongArray compared = new AtomicLongArray(2);
        IntStream.range(0, incoming.size()).parallel().forEach(n -> {
            SyntheticPopulation.Record in = incoming.get(n);
            TreeSet<Integer> candidates = new TreeSet<>();
            for (String key : BlockingKeys.of(in.details())) {
                candidates.addAll(blocks.getOrDefault(key, List.of()));
            }
            if (candidates.size() > CANDIDATES) {
                compared.incrementAndGet(1);
            }
            MatchResult best = null;
            SyntheticPopulation.Record bestRecord = null;
            int seen = 0;
            for (int i : candidates) {
                if (seen++ == CANDIDATES) {
                    break;
                }
                SyntheticPopulation.Record candidate = onFile.get(i);
                MatchResult result = matcher.compare(in.details(), candidate.details());
                compared.incrementAndGet(0);
                if (result.decision() != MatchDecision.DIFFERENT_PERSON
                        && (best == null || MatchResult.LIKELIEST_FIRST.compare(result, best) < 0)) {
                    best = result;
                    bestRecord = candidate;
                }
            }
            boolean right = bestRecord != null && bestRecord.person() == in.person();
            Outcome outcome = best == null ? Outcome.NEW
                    : best.decision() == MatchDecision.LINK ? (right ? Outcome.LINK_RIGHT : Outcome.LINK_WRONG)
                    : right ? Outcome.REVIEW_RIGHT : Outcome.REVIEW_WRONG;
            int kind = in.variation() == null ? variations : in.variation().ordinal();
            byKind.incrementAndGet(kind * Outcome.values().length + outcome.ordinal());
        });
        long finished = System.nanoTime();

        long[] duplicates = new long[Outcome.values().length];
        long[] newcomers = new long[Outcome.values().length];
        Map<SyntheticPopulation.Variation, long[]> perVariation = new EnumMap<>(SyntheticPopulation.Variation.class);
        for (int k = 0; k <= variations; k++) {
            for (Outcome o : Outcome.values()) {
                long count = byKind.get(k * Outcome.values().length + o.ordinal());
                if (k == variations) {
                    newcomers[o.ordinal()] += count;
                } else {
                    duplicates[o.ordinal()] += count;
                    perVariation.computeIfAbsent(SyntheticPopulation.Variation.values()[k], v -> new long[Outcome.values().length])[o.ordinal()] = count;
                }
            }
        }
        long dupes = sum(duplicates);
        long linkRight = duplicates[Outcome.LINK_RIGHT.ordinal()];
        long linkWrong = duplicates[Outcome.LINK_WRONG.ordinal()] + newcomers[Outcome.LINK_RIGHT.ordinal()]
                + newcomers[Outcome.LINK_WRONG.ordinal()];
        long reviewRight = duplicates[Outcome.REVIEW_RIGHT.ordinal()];
        long reviewWrong = duplicates[Outcome.REVIEW_WRONG.ordinal()] + newcomers[Outcome.REVIEW_RIGHT.ordinal()]
                + newcomers[Outcome.REVIEW_WRONG.ordinal()];

        System.out.printf("Matching accuracy: %,d people, %,d residents on file, %,d incoming records"
                + " (%,d near-duplicates of a resident, %,d newcomers)%n", people, onFile.size(), incoming.size(), dupes, sum(newcomers));
        System.out.printf("  settings: link at %.3f, review at %.3f; %,d comparisons; %,d incoming records had more than %d candidates%n",
                settings.linkAt(), settings.reviewAt(), compared.get(0), compared.get(1), CANDIDATES);
        System.out.printf("  linked automatically : precision %.4f, recall %.4f (%,d right, %,d wrong)%n",
                ratio(linkRight, linkRight + linkWrong), ratio(linkRight, dupes), linkRight, linkWrong);
        System.out.printf("  found (linked or the right resident put to review): recall %.4f%n", ratio(linkRight + reviewRight, dupes));
        System.out.printf("  review queue         : %,d pairs, %,d of them the same person (%.4f)%n", reviewRight + reviewWrong,
                reviewRight, ratio(reviewRight, reviewRight + reviewWrong));
        System.out.printf("  newcomers            : %,d new, %,d put to review, %,d linked to someone (wrongly)%n",
                newcomers[Outcome.NEW.ordinal()], newcomers[Outcome.REVIEW_RIGHT.ordinal()] + newcomers[Outcome.REVIEW_WRONG.ordinal()],
                newcomers[Outcome.LINK_RIGHT.ordinal()] + newcomers[Outcome.LINK_WRONG.ordinal()]);
        System.out.println("  near-duplicates by kind of error: linked right / linked wrong / review right / review wrong / missed");
        perVariation.forEach((v, c) -> System.out.printf("    %-20s %,7d %,6d %,7d %,6d %,6d%n", v, c[0], c[1], c[2], c[3], c[4]));
        System.out.printf("  time: generate and index %.1f s, match %.1f s%n", (indexed - started) / 1e9, (finished - indexed) / 1e9);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
