package uk.gov.council.cs.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where the sign-in form posts. StaffAuthentication has already checked the password by the time a
 * request gets here (a refused one never does); this sends the officer on to the page they first
 * asked for, or the home page.
 */
@WebServlet(SignInForm.PATH)
public class SignInForm extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/j_security_check";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(StaffAuthentication.RETURN_TO);
        if (session != null) {
            session.removeAttribute(StaffAuthentication.RETURN_TO);
        }
        String app = request.getContextPath() + "/";
        // Only back into this application: a return address is never taken from outside it.
        boolean inside = target instanceof String t && t.startsWith(app) && !t.startsWith("//") && !t.contains("\\");
        response.sendRedirect(inside ? (String) target : app + "index.xhtml");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
