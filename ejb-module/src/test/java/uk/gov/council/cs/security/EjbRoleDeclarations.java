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
