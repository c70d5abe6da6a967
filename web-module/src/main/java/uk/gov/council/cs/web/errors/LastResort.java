package uk.gov.council.cs.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Any failure that escapes a page or the API is logged as an incident (no messages, so nothing the
 * person sent) and shown as the product's error page, instead of the server logging the exception
 * with its message and showing its own page.
 */
@WebFilter(filterName = "LastResort", urlPatterns = "/*")
public class LastResort extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            String incident = Incidents.record(request.getMethod() + " " + request.getServletPath(), e);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            request.setAttribute("incident", incident);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
