package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.residents.search.ResidentSearch;
import uk.gov.council.cs.residents.search.SearchHit;

/** The adviser's first step: one box, whatever the resident gives (name, date of birth, postcode, a number). */
@Named
@ViewScoped
public class ResidentSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "resident search (adviser's desk)";

    @EJB
    private transient ResidentSearch search;

    private String query;
    private List<SearchHit> hits;

    public void search() {
        hits = null;
        try {
            hits = search.search(query, 25, PURPOSE);
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public boolean isSearched() {
        return hits != null;
    }
}
