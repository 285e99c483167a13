package id.suarawarga.catalogue;

import id.suarawarga.catalogue.CatalogueViews.RegionForm;
import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.CatalogueViews.ServiceForm;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitForm;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * JSON API of the catalogue. Reading is public; an admin writes their regions' catalogue and only the operator adds a
 * region (checked by {@link CataloguePermissions} through the service, so the admin pages follow the same rule).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class CatalogueApi {

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("/regions")
    @PermitAll
    public PageResult<RegionView> regions(@QueryParam("page") String page, @QueryParam("size") String size) {
        return catalogue.regions(PageRequest.of(page, size));
    }

    @GET
    @Path("/regions/{code}")
    @PermitAll
    public RegionView region(@PathParam("code") String code) {
        return catalogue.region(code);
    }

    @GET
    @Path("/regions/{code}/units")
    @PermitAll
    public PageResult<UnitView> units(@PathParam("code") String code, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return catalogue.units(code, PageRequest.of(page, size));
    }

    @GET
    @Path("/units/{id}")
    @PermitAll
    public UnitView unit(@PathParam("id") long id) {
        return catalogue.unit(id);
    }

    @GET
    @Path("/units/{id}/services")
    @PermitAll
    public PageResult<ServiceView> services(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return catalogue.services(id, PageRequest.of(page, size));
    }

    @GET
    @Path("/services/{id}")
    @PermitAll
    public ServiceView service(@PathParam("id") long id) {
        return catalogue.service(id);
    }

    @POST
    @Path("/regions")
    @RolesAllowed(Roles.ADMIN)
    public Response createRegion(@Valid @NotNull RegionForm form) {
        RegionView created = catalogue.createRegion(form);
        return Response.created(URI.create("/api/v1/regions/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/regions/{code}")
    @RolesAllowed(Roles.ADMIN)
    public RegionView updateRegion(@PathParam("code") String code, @Valid @NotNull RegionForm form) {
        return catalogue.updateRegion(code, form);
    }

    @POST
    @Path("/units")
    @RolesAllowed(Roles.ADMIN)
    public Response createUnit(@Valid @NotNull UnitForm form) {
        UnitView created = catalogue.createUnit(form);
        return Response.created(URI.create("/api/v1/units/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/units/{id}")
    @RolesAllowed(Roles.ADMIN)
    public UnitView updateUnit(@PathParam("id") long id, @Valid @NotNull UnitForm form) {
        return catalogue.updateUnit(id, form);
    }

    @POST
    @Path("/services")
    @RolesAllowed(Roles.ADMIN)
    public Response createService(@Valid @NotNull ServiceForm form) {
        ServiceView created = catalogue.createService(form);
        return Response.created(URI.create("/api/v1/services/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/services/{id}")
    @RolesAllowed(Roles.ADMIN)
    public ServiceView updateService(@PathParam("id") long id, @Valid @NotNull ServiceForm form) {
        return catalogue.updateService(id, form);
    }
}
