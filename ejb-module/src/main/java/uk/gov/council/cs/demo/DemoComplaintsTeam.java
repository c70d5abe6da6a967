package uk.gov.council.cs.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RefusalReason;
import uk.gov.council.cs.complaints.Remedy;
import uk.gov.council.cs.complaints.RemedyType;
import uk.gov.council.cs.security.Roles;

/**
 * The demo complaints team at work: the demo borough's complaints taken to every state the workbench
 * can show (to acknowledge, acknowledged, accepted, under investigation, extended, responded with
 * learning, closed, refused, escalated to stage 2, referred to the Ombudsman), each step done by the
 * named demo officer whose step it is.
 */
@Stateless
@RunAs(Roles.COMPLAINTS_OFFICER)
@RolesAllowed(Roles.ADMINISTRATOR)
public class DemoComplaintsTeam {

    static final String PURPOSE = "demo data: the complaints team at work";
    static final String OFFICER = "complaints-officer";
    static final String INVESTIGATOR = "investigating-officer";
    static final String REVIEWER = "head-of-service";

    @EJB
    private Complaints complaints;
    @EJB
    private DemoInvestigatingOfficer investigator;

    /** Takes the i-th complaint (in the order logged) to the i-th state of the plan; the rest stay received. */
    public void takeOn(List<Long> complaintIds) {
        ActingAs.job(OFFICER, () -> {
            for (int i = 0; i < complaintIds.size(); i++) {
                progress(i, complaintIds.get(i));
            }
            return null;
        });
    }

    private void progress(int plan, long id) {
        switch (plan) {
            case 2 -> complaints.acknowledge(id, PURPOSE);
            case 3 -> accepted(id);
            case 4 -> investigating(id);
            case 5 -> {
                investigating(id);
                investigator.extend(id, 5, "The contractor's repair records are needed and take a week to arrive.");
            }
            case 6 -> {
                responded(id, Outcome.PARTLY_UPHELD, "Your first report was not passed to the lighting contractor; the second was, "
                        + "and the light was repaired within their target once it reached them.",
                        new Remedy(RemedyType.APOLOGY, "For the lost first report", null));
                complaints.addAction(id, "Pass every street lighting report to the contractor on the day it is made",
                        REVIEWER, LocalDate.now().plusDays(30), PURPOSE);
            }
            case 7 -> {
                responded(id, Outcome.NOT_UPHELD, "An officer read your noise diary within a week and visited twice; the noise "
                        + "recorded was not a statutory nuisance. We should have written to tell you so.", null);
                complaints.close(id, "The resident accepted the explanation.", PURPOSE);
            }
            case 8 -> {
                complaints.acknowledge(id, PURPOSE);
                complaints.refuse(id, RefusalReason.ALREADY_CONSIDERED, "The same matter was answered at stage 2 in March.", PURPOSE);
            }
            case 9 -> {
                responded(id, Outcome.UPHELD, "The decision was six weeks late because the case officer's leave was not covered; "
                        + "it has now been made.", new Remedy(RemedyType.FINANCIAL, "For time and trouble", new BigDecimal("50")));
                complaints.escalate(id, "The resident says the payment does not cover the builder's costs from the delay.", PURPOSE);
                complaints.acknowledge(id, PURPOSE);
                complaints.assign(id, REVIEWER, PURPOSE);
            }
            case 10 -> {
                responded(id, Outcome.NOT_UPHELD, "The officer's notes and photographs show he asked whether the rubbish was "
                        + "yours and did not accuse you; we are sorry it felt that way.", null);
                complaints.close(id, "Final response sent.", PURPOSE);
                complaints.referToOmbudsman(id, String.format("26 %03d 114", id % 1000), null, PURPOSE);
            }
            default -> {
                // received, to acknowledge
            }
        }
    }

    private void accepted(long id) {
        complaints.acknowledge(id, PURPOSE);
        complaints.accept(id, PURPOSE);
    }

    private void investigating(long id) {
        accepted(id);
        complaints.assign(id, INVESTIGATOR, PURPOSE);
    }

    private void responded(long id, Outcome outcome, String response, Remedy remedy) {
        investigating(id);
        investigator.respond(id, new ComplaintViews.Response(outcome, response, remedy == null ? List.of() : List.of(remedy),
                "Tell the resident in writing what was found, whatever the finding."));
    }
}
