package uk.gov.council.cs.workingdays;

/** The UK's three bank-holiday jurisdictions, named as the GOV.UK bank-holidays file names them. */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String division;

    Nation(String division) {
        this.division = division;
    }

    /** The key of this nation in the GOV.UK bank-holidays JSON. */
    public String division() {
        return division;
    }

    public static Nation ofDivision(String division) {
        for (Nation n : values()) {
            if (n.division.equals(division)) {
                return n;
            }
        }
        throw new IllegalArgumentException("\"" + division + "\" is not a nation of the bank-holidays file; expected one of "
                + "england-and-wales, scotland, northern-ireland.");
    }
}
