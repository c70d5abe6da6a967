package uk.gov.council.cs.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.security.EjbRoleDeclarations;
import uk.gov.council.cs.web.api.CouncilApi;

/**
 * Who may use each API operation and each page is what the council decided, in the tables
 * who-may-do-what-api.txt and who-may-do-what-pages.txt beside this test: a new operation or page,
 * or a change of roles, fails here until its table says so, so nothing can be opened up by an
 * annotation on a class or a missing line in web.xml without a person deciding it.
 */
class WhoMayDoWhatTest {

    /** "GET /residents/{id}: roles", one line per operation of the API. */
    static List<String> operations() {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : EjbRoleDeclarations.classesOf(CouncilApi.class)) {
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path own = m.getAnnotation(Path.class);
                String path = "/" + base.value() + (own == null ? "" : "/" + own.value());
                lines.add(verb + " " + path.replaceAll("/+", "/") + ": " + EjbRoleDeclarations.who(m.getAnnotations(), type.getAnnotations()));
            }
        }
        Collections.sort(lines);
        return lines;
    }

    /** "/residents/view.xhtml: roles", one line per page, from web.xml's security constraints. */
    static List<String> pages() throws IOException {
        String webXml = Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"))
                .replaceAll("(?s)<!--.*?-->", "");
        Map<String, String> constraints = new LinkedHashMap<>();
        Matcher constraint = Pattern.compile("(?s)<security-constraint>(.*?)</security-constraint>").matcher(webXml);
        while (constraint.find()) {
            String body = constraint.group(1);
            List<String> roles = new ArrayList<>();
            Matcher role = Pattern.compile("<role-name>(.*?)</role-name>").matcher(body);
            while (role.find()) {
                roles.add(role.group(1).strip());
            }
            Collections.sort(roles);
            String who = !body.contains("<auth-constraint") ? "anyone signed in or not"
                    : roles.isEmpty() ? "nobody" : roles.equals(List.of("**")) ? "anyone signed in" : String.join(", ", roles);
            Matcher pattern = Pattern.compile("<url-pattern>(.*?)</url-pattern>").matcher(body);
            while (pattern.find()) {
                constraints.put(pattern.group(1).strip(), who);
            }
        }
        List<String> lines = new ArrayList<>();
        java.nio.file.Path root = java.nio.file.Path.of("src/main/webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = "/" + root.relativize(file).toString().replace('\\', '/');
                lines.add(page + ": " + whoMayOpen(page, constraints));
            }
        }
        Collections.sort(lines);
        return lines;
    }

    /** The servlet rule: an exact pattern first, then the longest matching /prefix/*. */
    private static String whoMayOpen(String page, Map<String, String> constraints) {
        if (constraints.containsKey(page)) {
            return constraints.get(page);
        }
        String best = null;
        for (String pattern : constraints.keySet()) {
            if (pattern.endsWith("/*") && page.startsWith(pattern.substring(0, pattern.length() - 1))
                    && (best == null || pattern.length() > best.length())) {
                best = pattern;
            }
        }
        return best == null ? "anyone signed in or not" : constraints.get(best);
    }

    @Test
    void everyApiOperationAllowsExactlyTheRolesTheTableSays() {
        List<String> declared = operations();
        assertTrue(declared.size() > 60, "operations found: " + declared.size());
        assertEquals(List.of(), declared.stream().filter(l -> l.endsWith("(undeclared)")).toList(), "operations with no roles");
        assertEquals(List.of(), EjbRoleDeclarations.differences(
                EjbRoleDeclarations.table(WhoMayDoWhatTest.class, "/who-may-do-what-api.txt"), declared));
    }

    @Test
    void everyPageAllowsExactlyTheRolesTheTableSays() throws IOException {
        assertEquals(List.of(), EjbRoleDeclarations.differences(
                EjbRoleDeclarations.table(WhoMayDoWhatTest.class, "/who-may-do-what-pages.txt"), pages()));
    }
}
