package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The address of a style sheet or script under /resources with its content's fingerprint
 * ({@code ?v=...}): browsers may keep it for a year (SecurityHeaders), and a new build's file has a
 * new address, so nobody works with yesterday's styles.
 */
@Named("assets")
@ApplicationScoped
public class AssetUrls {

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public String url(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String fingerprint = fingerprints.computeIfAbsent(path, p -> fingerprint(faces, p));
        return faces.getExternalContext().getRequestContextPath() + "/resources/" + path + "?v=" + fingerprint;
    }

    private static String fingerprint(FacesContext faces, String path) {
        try (InputStream in = faces.getExternalContext().getResourceAsStream("/resources/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No such file under /resources: " + path);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.readAllBytes())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
