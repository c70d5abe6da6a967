package uk.gov.council.cs.web.api;

/** The bounds of a page of results in the API: {@code first} from 0, {@code max} from 1 to {@link #MOST}. */
final class Paging {

    /** The most records one call returns; larger exports have their own operations. */
    static final int MOST = 500;

    private Paging() {
    }
}
