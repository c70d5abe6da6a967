package uk.gov.council.cs.servicerequests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.council.cs.contacts.Channel;

/**
 * A published response target: within how many working days a step of a request is done, or
 * within how many seconds a call or webchat is answered, for one service or every service (no
 * service) and one channel or every channel (no channel).
 */
@Entity
@Table(name = "service_standard")
public class ServiceStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_standard_seq")
    @SequenceGenerator(name = "service_standard_seq", sequenceName = "service_standard_seq", allocationSize = 50)
    private Long id;

    @Column(name = "service_id")
    private Long serviceId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Step step;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "answer_seconds")
    private Integer answerSeconds;

    @Version
    private long version;

    protected ServiceStandard() {
    }

    public ServiceStandard(StandardDetails d) {
        change(d);
    }

    void change(StandardDetails d) {
        this.serviceId = d.serviceId();
        this.channel = d.channel();
        this.step = d.step();
        this.workingDays = d.workingDays();
        this.description = d.description().strip();
        this.answerSeconds = d.answerSeconds();
    }

    public StandardDetails details() {
        return new StandardDetails(serviceId, channel, step, workingDays, description, answerSeconds);
    }

    public Long getId() {
        return id;
    }
}
