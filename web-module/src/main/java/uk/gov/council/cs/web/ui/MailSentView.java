package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.council.cs.demo.DemoMailSink;

/** What the demo server has sent, as its mail sink received it. */
@Named
@RequestScoped
public class MailSentView {

    @EJB
    private DemoMailSink sink;

    private List<DemoMailSink.SentMail> mail;

    public boolean isRunning() {
        return sink.isRunning();
    }

    public List<DemoMailSink.SentMail> getMail() {
        if (mail == null) {
            mail = sink.received(200);
        }
        return mail;
    }
}
