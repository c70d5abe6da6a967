package uk.gov.council.cs.complaints;

/** A satisfaction rating as the council's surveys ask it: good (+1), average (0) or poor (-1). */
public enum Satisfaction {
    GOOD(1), AVERAGE(0), POOR(-1);

    private final int score;

    Satisfaction(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    public static Satisfaction ofScore(int score) {
        for (Satisfaction s : values()) {
            if (s.score == score) {
                return s;
            }
        }
        throw new IllegalArgumentException("A satisfaction score is -1, 0 or 1, not " + score + ".");
    }
}
