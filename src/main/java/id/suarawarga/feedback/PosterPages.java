package id.suarawarga.feedback;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PublicSite;
import id.suarawarga.shared.web.QrSvg;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * QR codes at the counter. A poster (printable page, A4 or, with {@code ?size=a6}, A6) whose QR code opens the
 * survey of a service or the rating of a unit directly; a citizen who is not logged in goes through Keycloak and
 * comes back to it. The poster is for the unit's own officers and admins ({@link FeedbackPermissions}); the QR
 * image itself only holds a public URL, so anyone may fetch it.
 */
@Path("/")
public class PosterPages {

    static final String SVG = "image/svg+xml";

    @Inject
    CatalogueService catalogue;

    @Inject
    FeedbackPermissions permissions;

    @Inject
    PublicSite site;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        /** {@code service} is null on a unit's poster. {@code target} is the absolute URL the QR code holds. */
        static native TemplateInstance poster(UnitView unit, ServiceView service, String target, String qr,
                String base, boolean a6);
    }

    @GET
    @Path("services/{id}/poster")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance servicePoster(@PathParam("id") long id, @QueryParam("size") String size) {
        ServiceView service = catalogue.service(id);
        permissions.requireUnitEditor(service.unitId());
        String base = "/services/" + id;
        return ui.page(Templates.poster(catalogue.unit(service.unitId()), service, serviceTarget(id), base + "/qr.svg",
                base + "/poster", "a6".equals(size)));
    }

    @GET
    @Path("services/{id}/qr.svg")
    @PermitAll
    @Produces(SVG)
    public Response serviceQr(@PathParam("id") long id) {
        catalogue.service(id);
        return svg(serviceTarget(id));
    }

    @GET
    @Path("units/{id}/poster")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance unitPoster(@PathParam("id") long id, @QueryParam("size") String size) {
        UnitView unit = catalogue.unit(id);
        permissions.requireUnitEditor(id);
        String base = "/units/" + id;
        return ui.page(Templates.poster(unit, null, unitTarget(id), base + "/qr.svg", base + "/poster",
                "a6".equals(size)));
    }

    @GET
    @Path("units/{id}/qr.svg")
    @PermitAll
    @Produces(SVG)
    public Response unitQr(@PathParam("id") long id) {
        catalogue.unit(id);
        return svg(unitTarget(id));
    }

    private String serviceTarget(long id) {
        return site.url("/services/" + id + "/survey");
    }

    private String unitTarget(long id) {
        return site.url("/units/" + id + "/rate");
    }

    private static Response svg(String target) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(QrSvg.of(target, target), SVG).cacheControl(cache).build();
    }
}
