package uk.gov.council.cs.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A service in the council's A-Z: one from the Local Government Service List (with its public LGSL
 * identifier) or one the council added itself. Services are retired, never deleted, because old
 * contacts and complaints refer to them.
 */
@Entity
@Table(name = "service")
public class Service {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lgsl_id", unique = true)
    private Integer lgslId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean local;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Service() {
    }

    static Service fromLgsl(int lgslId, String name) {
        Service s = new Service();
        s.lgslId = lgslId;
        s.name = name;
        s.local = false;
        s.active = true;
        return s;
    }

    static Service local(String name) {
        Service s = new Service();
        s.name = name;
        s.local = true;
        s.active = true;
        return s;
    }

    void rename(String newName) {
        name = newName;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Integer getLgslId() {
        return lgslId;
    }

    public String getName() {
        return name;
    }

    public boolean isLocal() {
        return local;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Why a service chosen by id cannot be used for something new (a contact, a request), if it cannot.
     *
     * @param found the service with that id, or null when there is none
     */
    /** Names of just the services shown (the A-Z can hold a thousand); unknown and null ids are left out. */
    public static java.util.Map<Long, String> namesOf(jakarta.persistence.EntityManager em, java.util.Collection<Long> ids) {
        java.util.List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            em.createQuery("SELECT s FROM Service s WHERE s.id IN :ids", Service.class).setParameter("ids", wanted)
                    .getResultList().forEach(s -> names.put(s.getId(), s.getName()));
        }
        return names;
    }

    public static java.util.Optional<String> problemChoosing(long id, Service found) {
        if (found == null) {
            return java.util.Optional.of("There is no service " + id + " in the A-Z.");
        }
        if (!found.isActive()) {
            return java.util.Optional.of("The service \"" + found.getName() + "\" is retired: choose the service that replaced it.");
        }
        return java.util.Optional.empty();
    }
}
