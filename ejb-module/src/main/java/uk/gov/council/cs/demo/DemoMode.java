package uk.gov.council.cs.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.FeedbackDetails;
import uk.gov.council.cs.contacts.ContactDetails;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.servicerequests.PublishedStandards;
import uk.gov.council.cs.servicerequests.ServiceRequestDetails;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.servicerequests.StandardDetails;
import uk.gov.council.cs.servicerequests.Step;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.signin.ApiTokens;
import uk.gov.council.cs.staff.StaffAccounts;

/**
 * Demo mode ({@code -Dcouncil.demo=true}): one sign-in per role and a small synthetic borough,
 * created once on an empty database. Outside demo mode it does nothing at all.
 */
@Singleton
@Startup
@DependsOn("OperationalSchema")
@RunAs(Roles.ADMINISTRATOR)
@PermitAll
public class DemoMode {

    public static final String SWITCH = "council.demo";
    /** Every demo sign-in uses this password; the run script prints it. */
    public static final String DEMO_PASSWORD = "demo-password";
    /** The demo back-office system's API token, as well known as the demo password; the run script prints it. */
    public static final String DEMO_SYSTEM_TOKEN = "ccs_demo_back_office_system_token_not_for_live_use";
    public static final int DEMO_RESIDENTS = 300;
    /**
     * Whether the demo replays the council's past two financial years (DemoHistory) for the committee
     * reports; on by default, off in the end-to-end tests, which count what they make themselves.
     */
    public static final String HISTORY = "council.demo.history";

    /** Second records of demo residents, for the identity review queue. */
    public static final int NEAR_DUPLICATES = 6;
    private static final String PURPOSE = "demo data";
    private static final long SEED = 20261125L;
    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    /** Username per role: the role's own name, so the login list reads naturally. */
    public static final Map<String, String> DEMO_USERS = Map.of(
            Roles.ADVISER, "Alex Adviser",
            Roles.COMPLAINTS_OFFICER, "Casey Complaints",
            Roles.INVESTIGATING_OFFICER, "Indira Investigator",
            Roles.HEAD_OF_SERVICE, "Hugh Head-of-Service",
            Roles.EQUALITY_OFFICER, "Esther Equality",
            Roles.SENIOR_MANAGER, "Sam Senior",
            Roles.ADMINISTRATOR, "Ada Administrator",
            Roles.BACK_OFFICE_SYSTEM, "Housing system feed");

    /** Whose manager each demo sign-in is, for reminders of missed complaint deadlines. */
    private static final Map<String, String> MANAGERS = Map.of(
            Roles.ADVISER, Roles.COMPLAINTS_OFFICER,
            Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER,
            Roles.HEAD_OF_SERVICE, Roles.SENIOR_MANAGER);

    @EJB
    private DemoComplaintsTeam complaintsTeam;

    /** Enlisted in the seeding transaction: the systems' events are sent only once their residents are on file. */
    @jakarta.inject.Inject
    @jakarta.jms.JMSConnectionFactory("java:/JmsXA")
    private jakarta.jms.JMSContext jms;

    @jakarta.annotation.Resource(lookup = "java:/jms/queue/HousingEvents")
    private jakarta.jms.Queue housingEvents;

    @jakarta.annotation.Resource(lookup = "java:/jms/queue/BenefitsEvents")
    private jakarta.jms.Queue benefitsEvents;

    @jakarta.annotation.Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * The housing system's weekly extract, dropped in its folder once the seeding has committed: read earlier, its
     * tenants would not yet be on file to be matched, and would each be registered a second time.
     */
    private void dropTenancyExtractOnCommit(String csv) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != jakarta.transaction.Status.STATUS_COMMITTED) {
                    return;
                }
                java.nio.file.Path inbox = Feed.HOUSING_TENANCIES.inbox();
                try {
                    java.nio.file.Files.createDirectories(inbox);
                    java.nio.file.Files.writeString(inbox.resolve(DemoTenancyExtract.FILE_NAME), csv);
                    java.nio.file.Files.writeString(inbox.resolve(DemoTenancyExtract.FILE_NAME + ".done"), "");
                    LOG.info("Demo mode: the housing system's tenancy extract dropped in " + inbox);
                } catch (java.io.IOException e) {
                    LOG.warning("Demo mode: the tenancy extract could not be written to " + inbox + ": " + e.getMessage());
                }
            }
        });
    }

    /** What this start seeded, for the history that follows once it has committed; none if nothing was seeded. */
    public record Seeded(List<Long> residentIds, Map<String, Long> serviceIds, long seed) {
    }

    private Seeded seeded;

    /** The residents and services seeded at this start, or null when the database already held the demo. */
    @jakarta.annotation.security.RolesAllowed(Roles.ADMINISTRATOR)
    public Seeded seededNow() {
        return seeded;
    }
    @EJB
    private StaffAccounts staff;

    @EJB
    private ApiTokens tokens;

    @EJB
    private Complaints complaints;

    @EJB
    private ResidentService residents;

    @EJB
    private ServiceCatalogue services;

    @EJB
    private ContactLog contactLog;

    @EJB
    private ServiceRequests serviceRequests;

    @EJB
    private PublishedStandards standards;

    @EJB
    private uk.gov.council.cs.equality.EqualityMonitoring equalityMonitoring;

    @EJB
    private uk.gov.council.cs.equality.BoroughPopulation boroughPopulation;

    /** Response targets of the kind councils publish; administrators change them under Service standards. */
    private void publishStandards() {
        standards.publish(StandardDetails.inWorkingDays(null, null, Step.ACKNOWLEDGE, 2, "Requests acknowledged within 2 working days"));
        standards.publish(StandardDetails.inWorkingDays(null, null, Step.FULFIL, 10, "Requests fulfilled within 10 working days"));
        standards.publish(StandardDetails.inWorkingDays(null, null, Step.CLOSE, 15, "Requests closed within 15 working days"));
        standards.publish(StandardDetails.inWorkingDays(null, Channel.POST, Step.ACKNOWLEDGE, 10, "Letters answered within 10 working days"));
        standards.publish(StandardDetails.inWorkingDays(null, Channel.EMAIL, Step.ACKNOWLEDGE, 5, "E-mails answered within 5 working days"));
        standards.publish(StandardDetails.answering(null, Channel.TELEPHONE, 15, "Calls answered within 15 seconds"));
        standards.publish(StandardDetails.answering(null, Channel.WEBCHAT, 60, "Webchats answered within 60 seconds"));
    }

    @PostConstruct
    void seed() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        ActingAs.job("demo-data", () -> {
            seedAll();
            return null;
        });
    }

    private void seedAll() {
        DEMO_USERS.forEach((username, displayName) -> {
            if (!staff.exists(username) && Roles.BACK_OFFICE_SYSTEM.equals(username)) {
                // A system account: the API takes its token; the message broker still takes its password.
                staff.createSystem(username, displayName, Set.of(username));
                staff.changePassword(username, DEMO_PASSWORD);
            } else if (!staff.exists(username)) {
                staff.create(username, displayName, DEMO_PASSWORD, Set.of(username));
            }
        });
        if (!tokens.exists(DEMO_SYSTEM_TOKEN)) {
            // Every demo action is done by a named demo officer, as it would be in the council.
            ActingAs.job(Roles.ADMINISTRATOR, () -> tokens.issue(Roles.BACK_OFFICE_SYSTEM, "demo housing feed", DEMO_SYSTEM_TOKEN));
        }
        // Reminders go to each demo sign-in's mailbox; the heads of service manage the officers.
        DEMO_USERS.keySet().forEach(username -> staff.reachAt(username, username + "@council.example",
                MANAGERS.get(username)));
        if (residents.count() > 0) {
            LOG.info("Demo mode: data already present, nothing seeded");
            return;
        }
        Map<String, Long> serviceIds = ActingAs.job(Roles.ADMINISTRATOR, this::demoServices);
        Instant now = Instant.now();
        List<DemoBorough.DemoResident> borough = new DemoBorough(SEED, now).residents(DEMO_RESIDENTS);
        ActingAs.job(Roles.ADMINISTRATOR, () -> {
            publishStandards();
            DemoEquality.CENSUS_FILES.forEach(f -> boroughPopulation.importCensus(DemoEquality.censusFile(f)));
            return null;
        });
        ActingAs.job(Roles.ADVISER, () -> {
            seedResidents(borough, serviceIds, now);
            return null;
        });
    }

    /** The borough's residents as the advisers registered them, with their contacts, requests, feedback and answers. */
    private void seedResidents(List<DemoBorough.DemoResident> borough, Map<String, Long> serviceIds, Instant now) {
        DemoEquality equality = new DemoEquality(SEED);
        java.time.LocalDate today = uk.gov.council.cs.workingdays.CouncilTime.today();
        int answered = 0;
        int contacts = 0;
        int requests = 0;
        List<Long> residentIds = new java.util.ArrayList<>();
        for (DemoBorough.DemoResident demo : borough) {
            long id = residents.register(demo.registration(), PURPOSE).resident().id();
            residentIds.add(id);
            residents.update(id, demo.details(), PURPOSE);
            demo.vulnerabilities().forEach(v -> residents.flagVulnerability(id, v, "Recorded by the demo data.", PURPOSE));
            demo.references().forEach((system, reference) -> residents.addReference(id, system, reference, PURPOSE));
            java.time.LocalDate born = demo.registration().dateOfBirth();
            uk.gov.council.cs.equality.EqualityAnswers answers = equality.answersFor(born, today).orElse(null);
            if (answers != null) {
                equalityMonitoring.importAnswers(id, today.minusDays(residentIds.size() % 300), equality.questionnaireChannel(),
                        answers, Roles.ADVISER, PURPOSE);
                answered++;
            }
            for (DemoBorough.DemoContact c : demo.contacts()) {
                contactLog.importContact(id, new ContactDetails(equality.channelFor(c.channel(), born, today, answers), c.type(), serviceIds.get(c.service()), c.reason(),
                        c.outcome(), c.resolvedAtFirstPoint(), c.avoidableReason() != null, c.avoidableReason(),
                        c.startedAt(), c.startedAt().plus(c.length()), c.waitedSeconds()), Roles.ADVISER, PURPOSE);
                contacts++;
            }
            if (contacts % 9 == 0 && !demo.contacts().isEmpty()) {
                DemoBorough.DemoContact c = demo.contacts().get(0);
                ServiceRequestSummary request = serviceRequests.log(id, new ServiceRequestDetails(serviceIds.get(c.service()),
                        c.channel(), "Please sort out: " + c.reason().toLowerCase(java.util.Locale.UK)), PURPOSE);
                if (requests % 2 == 0) {
                    serviceRequests.done(request.id(), Step.ACKNOWLEDGE, null, PURPOSE);
                }
                requests++;
            }
        }
        int feedback = seedFeedback(residentIds, serviceIds, now);
        seeded = new Seeded(List.copyOf(residentIds), Map.copyOf(serviceIds), SEED);
        // The near duplicates arrive as the housing system knows the same people.
        int reviews = ActingAs.job(Roles.BACK_OFFICE_SYSTEM, () -> new DemoBorough(SEED, now).nearDuplicates(borough, NEAR_DUPLICATES)
                .stream().mapToInt(second -> residents.register(second, "demo data: the same people as another system knows them")
                        .reviews().size()).sum());
        int events = 0;
        if (Boolean.parseBoolean(System.getProperty(HISTORY, "true"))) {
            // The housing and benefits systems' last year, through the real queues and routes.
            for (DemoBackOfficeEvents.Message m : new DemoBackOfficeEvents(SEED, now).messagesFor(borough)) {
                jms.createProducer().send(switch (m.feed()) {
                    case HOUSING_EVENTS -> housingEvents;
                    case BENEFITS_EVENTS -> benefitsEvents;
                    case HOUSING_TENANCIES -> throw new IllegalStateException("Tenancies arrive as files, not messages.");
                }, m.json());
                events++;
            }
            dropTenancyExtractOnCommit(new DemoTenancyExtract(SEED, CouncilTime.today()).csvFor(borough));
        }
        LOG.info("Demo mode: seeded " + borough.size() + " residents, " + events + " back-office events queued, " + contacts + " contacts, " + requests
                + " service requests, " + feedback + " feedback entries, " + answered + " equality questionnaires and " + reviews
                + " identity reviews");
    }

    /**
     * Comments, compliments and complaints from some demo residents, received over the last few
     * weeks so that the workbench shows clocks of every colour.
     */
    private int seedFeedback(List<Long> residentIds, Map<String, Long> serviceIds, Instant now) {
        java.time.LocalDate today = uk.gov.council.cs.workingdays.CouncilTime.today();
        int logged = 0;
        List<Long> complaintIds = new java.util.ArrayList<>();
        for (DemoBorough.DemoFeedback f : new DemoBorough(SEED, now).feedback(residentIds.size())) {
            var done = complaints.log(residentIds.get(f.residentIndex()), new FeedbackDetails(f.kind(), f.channel(), serviceIds.get(f.service()), f.summary(), null,
                    f.category(), Set.of(), Set.of(), null, null, null, null, null,
                    today.minusDays(f.daysAgo())), PURPOSE);
            if (f.kind() == uk.gov.council.cs.complaints.FeedbackKind.COMPLAINT) {
                complaintIds.add(done.id());
            }
            logged++;
        }
        complaintsTeam.takeOn(complaintIds);
        return logged;
    }

    /** The demo service list, imported as an administrator would import the LGSL file. */
    private Map<String, Long> demoServices() {
        try (InputStream in = DemoMode.class.getResourceAsStream("/demo/demo-service-list.csv")) {
            services.importLgsl(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The demo service list could not be read", e);
        }
        return services.aToZ().stream().collect(Collectors.toMap(ServiceSummary::name, ServiceSummary::id));
    }
}
