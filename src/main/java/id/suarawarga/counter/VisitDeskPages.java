package id.suarawarga.counter;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.counter.VisitViews.BatchCreated;
import id.suarawarga.counter.VisitViews.BatchForm;
import id.suarawarga.counter.VisitViews.VisitCreated;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.PublicSite;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The officer's visit-code pages (issue 16): a code for the citizen just served, shown big with its QR for them to
 * scan ({@code /officer/visits/{code}}), a 58 mm receipt to print, and numbered A4 slips for counters without a
 * receipt printer. Creating goes through {@link Visits}, as the API does; the show and print pages are for the
 * unit's officers and its regency's admins (a batch made through the API is printed here).
 */
@Path("/officer/visits")
@Produces(MediaType.TEXT_HTML)
public class VisitDeskPages {

    @Inject
    Visits visits;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser user;

    @Inject
    PublicSite site;

    @Inject
    UiContext ui;

    /** A code as the desk shows it. */
    public record CodeRow(String code, String display, String url, long serviceId, String service, String unit,
            Instant expires, String status) {
    }

    public record BatchRow(long id, int count, String service, Instant expires) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(List<ServiceView> services, PageResult<CodeRow> visits,
                PageResult<BatchRow> batches, FormState form);

        static native TemplateInstance show(CodeRow code, String site);

        static native TemplateInstance receipt(CodeRow code, String site);

        static native TemplateInstance slips(BatchRow batch, List<Slip> slips, String site);
    }

    /** A slip of a batch: its number and code. */
    public record Slip(int slip, String code, String display, String url) {
    }

    @GET
    @RolesAllowed(Roles.OFFICER)
    public TemplateInstance desk(@QueryParam("page") String page) {
        return ui.page(deskPage(PageRequest.of(page, "20"), FormState.empty()));
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String serviceId) {
        Long service = number(serviceId);
        if (service == null) {
            throw ProblemException.notFound("visit.what.service", serviceId);
        }
        VisitCreated v = visits.create(service, null);
        return Response.seeOther(URI.create("/officer/visits/" + v.code().replace("-", ""))).build();
    }

    @POST
    @Path("batches")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response batch(@RestForm String serviceId, @RestForm String count) {
        Long service = number(serviceId);
        if (service == null) {
            throw ProblemException.notFound("visit.what.service", serviceId);
        }
        Long n = number(count);
        try {
            BatchCreated b = visits.createBatch(service, new BatchForm(n == null || n > 10_000 ? -1 : n.intValue(), null));
            return Response.seeOther(URI.create(b.printUrl())).build();
        } catch (ProblemException e) {
            if (e.type().status() != 422) {
                throw e;
            }
            Map<String, String> typed = new HashMap<>();
            typed.put("serviceId", serviceId);
            typed.put("count", count == null ? "" : count);
            return Response.status(422).entity(ui.page(deskPage(PageRequest.first(20),
                    new FormState(typed, FormErrors.of(e, ui.locale()))))).build();
        }
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("code") String code) {
        return ui.page(Templates.show(row(visits.forStaff(code)), site.url("/v")));
    }

    @GET
    @Path("{code}/receipt")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public TemplateInstance receipt(@PathParam("code") String code) {
        return ui.page(Templates.receipt(row(visits.forStaff(code)), site.url("/v")));
    }

    @GET
    @Path("batches/{id}/print")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public TemplateInstance slips(@PathParam("id") long id) {
        VisitBatch b = visits.batchForStaff(id);
        String service = serviceName(b.serviceId, new HashMap<>());
        List<Slip> slips = new ArrayList<>();
        for (Visit v : Visit.ofBatch(id)) {
            slips.add(new Slip(v.slipNo == null ? 0 : v.slipNo, v.code, VisitCodes.display(v.code), visits.url(v.code)));
        }
        return ui.page(Templates.slips(new BatchRow(b.id, b.codes, service, b.expiresAt), slips, site.url("/v")));
    }

    private TemplateInstance deskPage(PageRequest page, FormState form) {
        List<ServiceView> services = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (long unitId : user.unitIds()) {
            for (ServiceView s : catalogue.services(unitId, PageRequest.first(100)).items()) {
                services.add(s);
                names.put(s.id(), s.name());
            }
        }
        PageResult<Visit> found = visits.singles(user.unitIds(), page);
        Instant now = Instant.now();
        List<CodeRow> rows = found.items().stream().map(v -> new CodeRow(v.code, VisitCodes.display(v.code), null,
                v.serviceId, serviceName(v.serviceId, names), null, v.expiresAt, v.status(now))).toList();
        PageResult<VisitBatch> batches = visits.batches(user.unitIds(), PageRequest.first(10));
        List<BatchRow> batchRows = batches.items().stream().map(b -> new BatchRow(b.id, b.codes,
                serviceName(b.serviceId, names), b.expiresAt)).toList();
        return Templates.desk(services, new PageResult<>(rows, found.page(), found.size(), found.total()),
                new PageResult<>(batchRows, batches.page(), batches.size(), batches.total()), form);
    }

    private CodeRow row(Visit v) {
        String unit;
        try {
            unit = catalogue.unit(v.unitId).name();
        } catch (ProblemException e) {
            unit = "";
        }
        return new CodeRow(v.code, VisitCodes.display(v.code), visits.url(v.code), v.serviceId,
                serviceName(v.serviceId, new HashMap<>()), unit, v.expiresAt, v.status(Instant.now()));
    }

    private String serviceName(long id, Map<Long, String> known) {
        return known.computeIfAbsent(id, s -> {
            try {
                return catalogue.service(s).name();
            } catch (ProblemException e) {
                return "#" + s;
            }
        });
    }

    private static Long number(String s) {
        if (s == null || !s.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(s.strip());
    }
}
