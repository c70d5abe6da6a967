package uk.gov.council.cs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The housing system dropping its tenancy extract in the council's feed folder on the server, as it would over a share. */
final class TenancyFolder {

    static final String HEADER = "tenancy_reference,person_reference,tenancy_type,start_date,end_date,uprn,flat,house,street,"
            + "locality,town,postcode,forename,surname,date_of_birth,ni_number,phone,email\n";

    private TenancyFolder() {
    }

    static Path root() {
        return Path.of(System.getProperty("council.server.dir", "target/server"), "standalone", "data", "council-feeds",
                "housing-tenancies");
    }

    static Path inbox() {
        return root().resolve("inbox");
    }

    /** Writes the file, then its done file: the sign that the file is complete. */
    static void drop(String name, byte[] content) {
        write(name, content);
        markDone(name);
    }

    static void drop(String name, String csv) {
        drop(name, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static void write(String name, byte[] content) {
        try {
            Files.write(inbox().resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void markDone(String name) {
        try {
            Files.writeString(inbox().resolve(name + ".done"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the file is now, if it has been read: done/<day>/name or failed/name. */
    static java.util.Optional<Path> processed(String name) {
        Path failed = root().resolve("failed").resolve(name);
        if (Files.exists(failed)) {
            return java.util.Optional.of(failed);
        }
        try (var days = Files.list(root().resolve("done"))) {
            return days.map(d -> d.resolve(name)).filter(Files::exists).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
