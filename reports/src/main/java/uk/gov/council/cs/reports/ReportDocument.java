package uk.gov.council.cs.reports;

import java.io.Serializable;

/** A report drawn in one format: the file's name, its media type and its bytes. */
public record ReportDocument(String fileName, String mediaType, byte[] content) implements Serializable {
}
