package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * What a reader could work out from one suppression pattern, by linear programming: the suppressed
 * cells are the unknowns; the published cells are constants in the table's equations; a small cell is
 * known to lie in 1..threshold-1 (the words "1 to 4" say so) and a hidden cell to be at least the
 * threshold (were it 0 or small it would say "0" or "1 to 4"; zeros are never hidden). The least and
 * greatest each unknown can be are a reader's best bounds on it.
 *
 * <p>Why "at least the threshold" and not merely "0 or more": a reader who took a hidden cell to be
 * possibly small would miss what the table tells them. With a column of 10, "[c]", "1 to 4" and a
 * total of 16, "0 or more" leaves the small cell anywhere in 1 to 4, but the "[c]" cannot be 2 to 4,
 * so it is 5 and the small cell is 1. Auditing with the reader's real knowledge is what makes the
 * guarantee hold.
 *
 * <p>Why the linear programme is exact, not merely an estimate: the table's equations, with each
 * total's sign flipped, form the incidence matrix of a bipartite graph (every cell is in one "row"
 * equation and one "column" equation), which is totally unimodular. With whole-number bounds, every
 * whole number between the least and the greatest is therefore reached by some whole-number table, so
 * "fewer than two whole numbers in the range" is exactly "the reader can tell the value".
 *
 * <p>A hidden cell also cannot exceed any published total it belongs to; that follows from the
 * equations and the other cells being 0 or more, so it needs no constraint of its own.
 */
final class DisclosureAudit {

    /** Far more pivots than tables of a few hundred cells need; reaching it means a solver fault. */
    private static final int MAX_ITERATIONS = 100_000;

    private final Map<Cell, Integer> unknownIndex = new LinkedHashMap<>();
    private final List<LinearConstraint> constraints = new ArrayList<>();

    /**
     * @param table the true counts, of which only the published ones are used
     * @param states what is shown for each cell of the table
     */
    DisclosureAudit(CountTable table, Map<Cell, CellState> states, int threshold) {
        for (Cell cell : table.cells()) {
            if (states.get(cell).isSuppressed()) {
                unknownIndex.put(cell, unknownIndex.size());
            }
        }
        for (SumConstraint sum : SumConstraint.of(table)) {
            addEquation(table, sum);
        }
        unknownIndex.forEach((cell, index) -> {
            if (states.get(cell) == CellState.SMALL) {
                constraints.add(new LinearConstraint(unit(index), Relationship.GEQ, 1));
                constraints.add(new LinearConstraint(unit(index), Relationship.LEQ, threshold - 1));
            } else {
                constraints.add(new LinearConstraint(unit(index), Relationship.GEQ, threshold));
            }
        });
    }

    /** The least and greatest a reader can make a suppressed cell. */
    AttackerRange rangeOf(Cell cell) {
        Integer index = unknownIndex.get(cell);
        if (index == null) {
            throw new IllegalArgumentException(cell + " is published, so there is nothing to audit");
        }
        return new AttackerRange(optimum(index, GoalType.MINIMIZE), optimum(index, GoalType.MAXIMIZE));
    }

    /** parts - total = 0, with the published cells moved to the right-hand side. */
    private void addEquation(CountTable table, SumConstraint sum) {
        double[] coefficients = new double[unknownIndex.size()];
        double constant = 0;
        boolean hasUnknown = false;
        for (Cell part : sum.parts()) {
            Integer index = unknownIndex.get(part);
            if (index == null) {
                constant -= table.value(part);
            } else {
                coefficients[index] += 1;
                hasUnknown = true;
            }
        }
        Integer totalIndex = unknownIndex.get(sum.total());
        if (totalIndex == null) {
            constant += table.value(sum.total());
        } else {
            coefficients[totalIndex] -= 1;
            hasUnknown = true;
        }
        // An equation of published cells only tells a reader nothing new (and it holds, the totals being sums).
        if (hasUnknown) {
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
        }
    }

    private double optimum(int index, GoalType goal) {
        try {
            // Bland's rule: these programmes are highly degenerate, and it rules out cycling.
            PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                    new LinearObjectiveFunction(unit(index), 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return optimum.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        } catch (NoFeasibleSolutionException | TooManyIterationsException e) {
            // The true table always satisfies the equations, so this is a fault, not a property of the data.
            throw new IllegalStateException("The disclosure audit's linear programme failed for unknown " + index, e);
        }
    }

    private double[] unit(int index) {
        double[] coefficients = new double[unknownIndex.size()];
        coefficients[index] = 1;
        return coefficients;
    }
}
