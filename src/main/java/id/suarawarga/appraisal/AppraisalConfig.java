package id.suarawarga.appraisal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults for new appraisal periods; each period stores its own values, so changing these never rewrites one. */
@ConfigMapping(prefix = "suarawarga.appraisal")
public interface AppraisalConfig {

    /** Fewer counted answers than this: "insufficient evidence" instead of a score. */
    @WithDefault("30")
    int minRespondents();

    /** Prior weight m of the Bayesian average (answers' worth of weight given to the regency mean). */
    @WithDefault("20")
    int priorWeight();

    /** Working days a unit has, after a computation, to see its draft and object. */
    @WithDefault("10")
    int reviewWorkingDays();

    /**
     * Demo and dev only: at start, make the last full quarter a computed period from the demo answers
     * ({@link DemoAppraisal}). Part of this mapping because a property under its prefix that it does not declare
     * fails the start ("does not map to any root").
     */
    @WithDefault("false")
    boolean demoPeriod();
}
