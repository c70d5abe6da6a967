package uk.gov.council.cs.equality;

/** Ethnic group as the Census 2021 asks it in England: 19 categories in 5 groups (DOMAIN.md). */
public enum EthnicGroup implements EqualityAnswer {
    BANGLADESHI(Broad.ASIAN, "Bangladeshi"),
    CHINESE(Broad.ASIAN, "Chinese"),
    INDIAN(Broad.ASIAN, "Indian"),
    PAKISTANI(Broad.ASIAN, "Pakistani"),
    OTHER_ASIAN(Broad.ASIAN, "Other Asian"),
    AFRICAN(Broad.BLACK, "African"),
    CARIBBEAN(Broad.BLACK, "Caribbean"),
    OTHER_BLACK(Broad.BLACK, "Other Black"),
    WHITE_AND_ASIAN(Broad.MIXED, "White and Asian"),
    WHITE_AND_BLACK_AFRICAN(Broad.MIXED, "White and Black African"),
    WHITE_AND_BLACK_CARIBBEAN(Broad.MIXED, "White and Black Caribbean"),
    OTHER_MIXED(Broad.MIXED, "Other Mixed or Multiple ethnic groups"),
    WHITE_BRITISH(Broad.WHITE, "English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH(Broad.WHITE, "Irish"),
    GYPSY_OR_IRISH_TRAVELLER(Broad.WHITE, "Gypsy or Irish Traveller"),
    ROMA(Broad.WHITE, "Roma"),
    OTHER_WHITE(Broad.WHITE, "Other White"),
    ARAB(Broad.OTHER, "Arab"),
    ANY_OTHER_ETHNIC_GROUP(Broad.OTHER, "Any other ethnic group"),
    PREFER_NOT_TO_SAY(null, "Prefer not to say");

    /** The five groups the categories sit in, named as the Census names them. */
    public enum Broad {
        ASIAN("Asian, Asian British or Asian Welsh"),
        BLACK("Black, Black British, Black Welsh, Caribbean or African"),
        MIXED("Mixed or Multiple ethnic groups"),
        WHITE("White"),
        OTHER("Other ethnic group");

        private final String label;

        Broad(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Broad broad;
    private final String label;

    EthnicGroup(Broad broad, String label) {
        this.broad = broad;
        this.label = label;
    }

    /** The group this category sits in; none for "Prefer not to say". */
    public Broad broad() {
        return broad;
    }

    @Override
    public String label() {
        return label;
    }

    /** The category as the Census tables write it, for example "White: Irish". */
    public String censusLabel() {
        return broad == null ? label : broad.label() + ": " + label;
    }
}
