package uk.gov.council.cs.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body over {@code council.api.max-body-bytes} (default 2 MB, enough for the
 * LGSL list or GOV.UK's bank holidays) with 413 before it is read into memory: at once when the
 * client declares its length, and as soon as the limit is passed when it streams the body.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    static final long LIMIT = Long.getLong("council.api.max-body-bytes", 2L * 1024 * 1024);

    @Override
    public void filter(ContainerRequestContext request) {
        // The server itself refuses a Content-Length that is not a number before we are called.
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > LIMIT) {
            throw new BodyTooLarge(LIMIT);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Counted(context.getInputStream()));
        return context.proceed();
    }

    /** Counts what is read and stops at the limit. */
    private static final class Counted extends FilterInputStream {
        private long read;

        Counted(InputStream in) {
            super(in);
        }

        private void count(long n) {
            if (n > 0 && (read += n) > LIMIT) {
                throw new BodyTooLarge(LIMIT);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }
    }
}
