package uk.gov.council.cs.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.council.cs.demo.SyntheticPopulation;
import uk.gov.council.cs.residents.matching.BlockingKeys;
import uk.gov.council.cs.residents.matching.MatchDecision;
import uk.gov.council.cs.residents.matching.MatchResult;
import uk.gov.council.cs.residents.matching.MatchSettings;
import uk.gov.council.cs.residents.matching.ResidentMatcher;

/**
 * Matching precision and recall on a synthetic population with known truth (a benchmark, not a
 * test: it prints figures). Every pair of records that shares a blocking key is scored, as the
 * application does for each incoming record; a pair is "linked" when the matcher says LINK.
 *
 * <pre>bin/benchmark-matching [people] [duplicate share]     (defaults 200000 0.05)</pre>
 */
public final class MatchingAccuracyBenchmark {

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
        long started = System.nanoTime();
        List<SyntheticPopulation.Record> records = new SyntheticPopulation(20261125L).generate(people, share);
        long generated = System.nanoTime();

        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : BlockingKeys.of(records.get(i).details())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        ResidentMatcher matcher = new ResidentMatcher(MatchSettings.DEFAULT);
        Set<Long> compared = new HashSet<>();
        long truePairs = records.stream().filter(r -> r.variation() != null).count();
        long linkedTrue = 0;
        long linkedFalse = 0;
        long reviewTrue = 0;
        long reviewFalse = 0;
        long truePairsCompared = 0;
        Map<SyntheticPopulation.Variation, long[]> byVariation = new EnumMap<>(SyntheticPopulation.Variation.class);
        for (List<Integer> block : blocks.values()) {
            if (block.size() > 2000) {
                continue; // a key shared by thousands (none expected) would not be used as a block
            }
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    int i = block.get(a);
                    int j = block.get(b);
                    if (!compared.add((long) Math.min(i, j) * records.size() + Math.max(i, j))) {
                        continue;
                    }
                    SyntheticPopulation.Record x = records.get(i);
                    SyntheticPopulation.Record y = records.get(j);
                    boolean same = x.person() == y.person();
                    SyntheticPopulation.Record second = x.variation() != null ? x : y;
                    MatchResult result = matcher.compare(second.details(), (second == x ? y : x).details());
                    if (same) {
                        truePairsCompared++;
                        long[] counts = byVariation.computeIfAbsent(second.variation(), v -> new long[3]);
                        counts[result.decision() == MatchDecision.LINK ? 0 : result.decision() == MatchDecision.REVIEW ? 1 : 2]++;
                    }
                    if (result.decision() == MatchDecision.LINK) {
                        if (same) {
                            linkedTrue++;
                        } else {
                            linkedFalse++;
                        }
                    } else if (result.decision() == MatchDecision.REVIEW) {
                        if (same) {
                            reviewTrue++;
                        } else {
                            reviewFalse++;
                        }
                    }
                }
            }
        }
        long finished = System.nanoTime();
        System.out.printf("Matching accuracy on %,d people, %,d records (%,d known duplicate pairs)%n", people, records.size(), truePairs);
        System.out.printf("  pairs compared after blocking: %,d (true pairs reaching comparison: %,d = %.4f)%n",
                compared.size(), truePairsCompared, (double) truePairsCompared / truePairs);
        System.out.printf("  automatic link  : precision %.4f, recall %.4f (%,d right, %,d wrong)%n",
                (double) linkedTrue / Math.max(1, linkedTrue + linkedFalse), (double) linkedTrue / truePairs, linkedTrue, linkedFalse);
        System.out.printf("  link or review  : precision %.4f, recall %.4f (review queue: %,d same person, %,d not)%n",
                (double) (linkedTrue + reviewTrue) / Math.max(1, linkedTrue + linkedFalse + reviewTrue + reviewFalse),
                (double) (linkedTrue + reviewTrue) / truePairs, reviewTrue, reviewFalse);
        byVariation.forEach((v, c) -> System.out.printf("    %-20s link %,6d  review %,6d  missed %,6d%n", v, c[0], c[1], c[2]));
        System.out.printf("  time: generate %.1f s, block and compare %.1f s%n", (generated - started) / 1e9, (finished - generated) / 1e9);
    }
}
