package uk.gov.council.cs.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds EJB business methods that do not say who may call them. Used by each EJB module's
 * unit tests against its own compiled classes; kept here so the rule is written once.
 */
public final class EjbRoleDeclarations {

    private EjbRoleDeclarations() {
    }

    /** Scans the classes directory (or jar) that holds {@code anchor}'s module. */
    public static List<String> undeclared(Class<?> anchorInModule) {
        try {
            Path root = Path.of(anchorInModule.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> missing = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (name.contains("$")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name, false, anchorInModule.getClassLoader());
                    if (!isEjb(type)) {
                        continue;
                    }
                    boolean classDeclares = declaresRoles(type.getAnnotations());
                    for (Method m : type.getDeclaredMethods()) {
                        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                                && !m.isSynthetic() && !classDeclares && !declaresRoles(m.getAnnotations())) {
                            missing.add(type.getSimpleName() + "." + m.getName());
                        }
                    }
                }
            }
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Who may call each EJB business method, as declared: the method's own annotation, else its
     * class's; "anyone signed in or not" for @PermitAll, "nobody" for @DenyAll, else the roles in
     * order. One line per method, "Class.method(ParameterTypes): who", sorted.
     */
    public static List<String> declared(Class<?> anchorInModule) {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : classesOf(anchorInModule)) {
            if (!isEjb(type)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    lines.add(type.getSimpleName() + "." + m.getName() + "(" + java.util.Arrays.stream(m.getParameterTypes())
                            .map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(",")) + "): "
                            + who(m.getAnnotations(), type.getAnnotations()));
                }
            }
        }
        java.util.Collections.sort(lines);
        return lines;
    }

    /** Who may, in words, from the method's annotations or else the class's. */
    public static String who(java.lang.annotation.Annotation[] method, java.lang.annotation.Annotation[] type) {
        String own = whoOf(method);
        return own != null ? own : java.util.Objects.requireNonNullElse(whoOf(type), "(undeclared)");
    }

    private static String whoOf(java.lang.annotation.Annotation[] annotations) {
        for (java.lang.annotation.Annotation a : annotations) {
            if (a instanceof RolesAllowed r) {
                return String.join(", ", new java.util.TreeSet<>(List.of(r.value())));
            }
            if (a instanceof PermitAll) {
                return "anyone signed in or not";
            }
            if (a instanceof DenyAll) {
                return "nobody";
            }
        }
        return null;
    }

    /**
     * The lines of a table kept in the module's test resources, where a person decides who may do what;
     * blank lines and lines starting with # are the table's own notes.
     */
    public static List<String> table(Class<?> anchorInModule, String resource) {
        try (java.io.InputStream in = anchorInModule.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The table " + resource + " is missing from the module's test resources.");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What differs between the table and the code, in words a reviewer can act on. */
    public static List<String> differences(List<String> table, List<String> declared) {
        List<String> differences = new ArrayList<>();
        for (String line : declared) {
            if (!table.contains(line)) {
                differences.add("declared in the code but not in the table: " + line);
            }
        }
        for (String line : table) {
            if (!declared.contains(line)) {
                differences.add("in the table but not declared in the code: " + line);
            }
        }
        return differences;
    }

    /** Every top-level class compiled into the module that holds {@code anchorInModule}. */
    public static List<Class<?>> classesOf(Class<?> anchorInModule) {
        try {
            Path root = Path.of(anchorInModule.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (!name.contains("$")) {
                        classes.add(Class.forName(name, false, anchorInModule.getClassLoader()));
                    }
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEjb(Class<?> type) {
        return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class);
    }

    private static boolean declaresRoles(java.lang.annotation.Annotation[] annotations) {
        for (java.lang.annotation.Annotation a : annotations) {
            Class<?> t = a.annotationType();
            if (t == RolesAllowed.class || t == PermitAll.class || t == DenyAll.class) {
                return true;
            }
        }
        return false;
    }
}
