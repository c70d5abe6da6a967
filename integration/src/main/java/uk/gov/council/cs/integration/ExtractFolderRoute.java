package uk.gov.council.cs.integration;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * A folder a back-office system drops extract files in (see {@link ExtractFolders}). Camel's file
 * component waits for a file's done file, moves the file to processing, hands it to the feed's
 * handler, then moves it to done (or failed, with its reason). {@link ExtractFileHousekeeping}
 * clears files older than the days they are kept.
 */
class ExtractFolderRoute extends RouteBuilder {

    /** What a feed does with one of its files. */
    interface Handler {
        /** Reads and applies the file; throws if it is not a file of the feed at all (nothing is applied then). */
        void accept(String fileName, Path file) throws TenancyExtract.Unreadable;
    }

    private static final Logger LOG = Logger.getLogger(ExtractFolderRoute.class.getName());

    private final ExtractFolders folders;
    private final String routeId;
    private final Handler handler;
    private final long pollMillis;

    ExtractFolderRoute(ExtractFolders folders, String routeId, Handler handler, long pollMillis) {
        this.folders = folders;
        this.routeId = routeId;
        this.handler = handler;
        this.pollMillis = pollMillis;
    }

    String routeId() {
        return routeId;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler().logExhausted(false).logExhaustedMessageBody(false)
                .logExhaustedMessageHistory(false).logRetryAttempted(false).logStackTrace(false).logHandled(false));

        // Not handled: the file consumer then moves the file to failed rather than done, with the reason beside it.
        // A file that failed for another reason (the database gone while it was read) goes there too: dropped in the
        // inbox again, it is read from the top, and the rows already applied count as duplicates.
        onException(Exception.class)
                .handled(false)
                .process(e -> {
                    String name = e.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                    Throwable caught = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                    String reason = caught instanceof TenancyExtract.Unreadable ? caught.getMessage()
                            : "The file could not be finished (" + caught.getClass().getSimpleName() + "). Drop it in the inbox"
                            + " again once the server is working: the rows already applied count as duplicates.";
                    folders.explainFailure(name, reason);
                    LOG.warning(() -> "The file " + name + " could not be read and was set aside in " + folders.failed()
                            + ": " + reason);
                });

        String fileName = "${file:name}";
        from("file:" + folders.inbox()
                + "?antInclude=*.csv,*.CSV"
                + "&doneFileName=" + fileName + ExtractFolders.DONE_SUFFIX
                + "&preMove=" + folders.processing() + "/" + fileName
                + "&move=" + folders.done() + "/${date:now:yyyy-MM-dd}/" + fileName
                + "&moveFailed=" + folders.failed() + "/" + fileName
                + "&delay=" + pollMillis
                // A delta written after another must be applied after it: oldest first.
                + "&sortBy=file:modified;file:name")
                .routeId(routeId)
                .process(e -> handler.accept(e.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class),
                        e.getIn().getBody(File.class).toPath()));
    }
}
