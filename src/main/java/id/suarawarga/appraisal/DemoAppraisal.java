package id.suarawarga.appraisal;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * In the demo and dev profiles only ({@code suarawarga.appraisal.demo-period=true}): at start, the last full
 * quarter is made a computed period of each demo regency from the demo answers (db/demo), so a new user at {@code /appraisal} sees
 * scores at once. Never in production, where HR creates every period.
 */
@ApplicationScoped
public class DemoAppraisal {

    private static final Logger LOG = Logger.getLogger(DemoAppraisal.class);

    @Inject
    PeriodRuns runs;

    @Inject
    AppraisalConfig config;

    void onStart(@Observes StartupEvent event) {
        if (!config.demoPeriod()) {
            return;
        }
        try {
            LOG.infof("Demo appraisal periods %s (region code=id) computed from the demo answers", runs.ensureDemoPeriods());
        } catch (RuntimeException e) {
            // the portal still starts; HR can compute the period by hand
            LOG.warnf("Demo appraisal period not computed: %s", e.getMessage());
        }
    }
}
