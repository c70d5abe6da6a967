package uk.gov.council.cs.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.gov.council.cs.contacts.AvoidableContactReason;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactDetails;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The contact centre's earlier contacts, before the year each demo resident's own contacts cover,
 * imported as a migration from an earlier system would bring them (with who handled them), so that the
 * quarterly report's trend reaches back two financial years. The channel mix shifts to the web over time.
 */
@Stateless
@RunAs(uk.gov.council.cs.security.Roles.ADMINISTRATOR)
@RolesAllowed(uk.gov.council.cs.security.Roles.COMPLAINTS_OFFICER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistoryContacts {

    private static final Channel[] CHANNELS = {Channel.TELEPHONE, Channel.TELEPHONE, Channel.WEB, Channel.EMAIL,
        Channel.FACE_TO_FACE, Channel.WEBCHAT, Channel.POST};

    @EJB
    private ContactLog contactLog;

    /** Imports a few contacts for each working day from {@code from} to {@code until}; returns how many. */
    public int replay(List<Long> residentIds, Map<String, Long> serviceIds, LocalDate from, LocalDate until, long seed) {
        Random random = new Random(seed + 3);
        int imported = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                // The web takes a growing share: one more chance in ten per year.
                Channel channel = random.nextInt(10) < 3 + (day.getYear() - from.getYear()) ? Channel.WEB
                        : CHANNELS[random.nextInt(CHANNELS.length)];
                String[] reason = DemoBorough.REASONS_AND_SERVICES[random.nextInt(DemoBorough.REASONS_AND_SERVICES.length)];
                Instant started = day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(540))).atZone(CouncilTime.ZONE).toInstant();
                boolean avoidable = random.nextInt(10) < 2;
                Integer waited = channel.waitsToBeAnswered() ? random.nextInt(5) == 0 ? 20 + random.nextInt(100) : random.nextInt(15) : null;
                contactLog.importContact(residentIds.get(random.nextInt(residentIds.size())), new ContactDetails(channel,
                        ContactType.values()[random.nextInt(ContactType.values().length)], serviceIds.get(reason[1]), reason[0],
                        "Explained next steps", random.nextInt(10) < 7, avoidable,
                        avoidable ? AvoidableContactReason.values()[random.nextInt(AvoidableContactReason.values().length)] : null,
                        started, started.plus(Duration.ofSeconds(90 + random.nextInt(600))), waited), "contact-centre (earlier system)",
                        DemoHistoryReplay.PURPOSE);
                imported++;
            }
        }
        return imported;
    }
}
