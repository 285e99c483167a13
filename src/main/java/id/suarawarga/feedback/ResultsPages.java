package id.suarawarga.feedback;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.feedback.FeedbackViews.IkmView;
import id.suarawarga.feedback.FeedbackViews.PlanView;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.feedback.FeedbackViews.FeedbackView;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * Public SKM results of a service or a unit for a period (the latest quarter with answers unless {@code ?period=} says
 * otherwise): the index, its grade, whether the sample is representative, the NRR per element and the trend, with
 * charts drawn on the server so that they need no script. Figures come from {@link IkmService}, as in the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ResultsPages {

    @Inject
    IkmService ikm;

    @Inject
    FeedbackService feedback;

    @Inject
    CatalogueService catalogue;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        /** {@code service} and {@code plan} are null on a unit's page, {@code services} empty on a service's. */
        static native TemplateInstance results(UnitView unit, ServiceView service, ResultsView results, PlanView plan,
                List<ServiceView> services, PageResult<FeedbackView> comments);
    }

    /** Comments per page under the results: enough to read on a phone without a long scroll. */
    static final String COMMENTS = "10";

    @GET
    @Path("services/{id}/results")
    @PermitAll
    public Response service(@PathParam("id") long id, @QueryParam("period") String period,
            @QueryParam("page") String page) {
        ServiceView service = catalogue.service(id);
        UnitView unit = catalogue.unit(service.unitId());
        ResultsView results = results(period, p -> ikm.forService(id, p, ui.english()));
        PlanView plan = feedback.plan(id, Period.parse(results.period()));
        // the comments of the period shown, newest first (issue 17 item 5)
        PageResult<FeedbackView> comments = feedback.publicCommentsOfService(id, Period.parse(results.period()),
                PageRequest.of(page, COMMENTS));
        return respond(results, Templates.results(unit, service, results, plan, List.of(), comments));
    }

    @GET
    @Path("units/{id}/results")
    @PermitAll
    public Response unit(@PathParam("id") long id, @QueryParam("period") String period,
            @QueryParam("page") String page) {
        UnitView unit = catalogue.unit(id);
        ResultsView results = results(period, p -> ikm.forUnit(id, p, ui.english()));
        List<ServiceView> services = catalogue.services(id, PageRequest.first(50)).items();
        PageResult<FeedbackView> comments = feedback.publicCommentsOfUnit(id, Period.parse(results.period()),
                PageRequest.of(page, COMMENTS));
        return respond(results, Templates.results(unit, null, results, null, services, comments));
    }

    /** An unreadable period is not the visitor's fault to fix by hand: say so and show the current quarter. */
    private ResultsView results(String periodText, Function<Period, IkmView> ikmOf) {
        Period period;
        String bad = null;
        try {
            period = FeedbackApi.periodOrCurrent(periodText);
        } catch (ProblemException e) {
            period = FeedbackApi.periodOrCurrent(null);
            bad = periodText;
        }
        if (periodText == null || periodText.isBlank()) {
            // Issue 17 item 5: a visitor who asked for no period sees the latest one with answers (of the last
            // four quarters: questionnaires or ratings), not a nearly empty current quarter.
            Period p = period;
            for (int back = 0; back < ResultsView.TREND_PERIODS && p.year() >= Period.MIN_YEAR; back++) {
                IkmView seen = ikmOf.apply(p);
                if (seen.respondents() > 0 || (seen.ratings() != null && seen.ratings().count() > 0)) {
                    period = p;
                    break;
                }
                if (p.year() == Period.MIN_YEAR && p.number() == 1) {
                    break;
                }
                p = p.previous();
            }
        }
        return ResultsView.of(period, ikmOf, ui.english(), IkmService.today(), bad);
    }

    private Response respond(ResultsView results, TemplateInstance page) {
        return Response.status(results.badPeriod() == null ? 200 : 422).entity(ui.page(page)).build();
    }
}
