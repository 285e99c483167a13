package id.suarawarga.catalogue;

import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
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

/** Public pages for browsing the catalogue: region → units → services. Served without Keycloak. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CataloguePages {

    @Inject
    CatalogueService catalogue;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageResult<RegionView> regions);

        static native TemplateInstance region(RegionView region, PageResult<UnitView> units);

        static native TemplateInstance unit(UnitView unit, RegionView region, UnitView parent,
                PageResult<ServiceView> services, PageResult<UnitView> children);

        static native TemplateInstance service(ServiceView service, UnitView unit, RegionView region);
    }

    @GET
    public TemplateInstance home(@QueryParam("page") String page) {
        return ui.page(Templates.home(catalogue.regions(PageRequest.of(page, "30"))));
    }

    @GET
    @Path("regions/{code}")
    public TemplateInstance region(@PathParam("code") String code, @QueryParam("page") String page) {
        return ui.page(Templates.region(catalogue.region(code), catalogue.topUnits(code, PageRequest.of(page, "50"))));
    }

    @GET
    @Path("units/{id}")
    public TemplateInstance unit(@PathParam("id") long id, @QueryParam("page") String page) {
        UnitView unit = catalogue.unit(id);
        UnitView parent = unit.parentId() == null ? null : catalogue.unit(unit.parentId());
        return ui.page(Templates.unit(unit, catalogue.region(unit.regionCode()), parent,
                catalogue.services(id, PageRequest.of(page, "50")), catalogue.childUnits(id, PageRequest.first(50))));
    }

    @GET
    @Path("services/{id}")
    public TemplateInstance service(@PathParam("id") long id) {
        ServiceView service = catalogue.service(id);
        UnitView unit = catalogue.unit(service.unitId());
        return ui.page(Templates.service(service, unit, catalogue.region(unit.regionCode())));
    }
}
