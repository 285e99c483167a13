package id.suarawarga.catalogue;

import id.suarawarga.catalogue.CatalogueViews.RegionForm;
import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.CatalogueViews.ServiceForm;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitForm;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Admin screens for the catalogue: an admin sees and changes only the regions of their staff scope, the operator
 * every region (the rule is {@link CataloguePermissions}'; another region's page is refused with 403). Forms post here (CSRF-checked), redirect on success (POST → redirect → GET)
 * and on failure show the form again with what was typed and a message per field.
 */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CatalogueAdminPages {

    @Inject
    CatalogueService catalogue;

    @Inject
    Validator validator;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regions(PageResult<RegionView> regions, FormState form, boolean mayCreate,
                boolean saved);

        static native TemplateInstance region(RegionView region, PageResult<UnitView> units, FormState edit,
                FormState newUnit, List<UnitType> unitTypes, List<RegionType> regionTypes, boolean saved);

        static native TemplateInstance unit(UnitView unit, PageResult<ServiceView> services, List<UnitView> parents,
                FormState edit, FormState newService, List<UnitType> unitTypes, boolean saved);

        static native TemplateInstance service(ServiceView service, UnitView unit, FormState edit, boolean saved);
    }

    @GET
    public TemplateInstance regions(@QueryParam("page") String page, @QueryParam("saved") String saved) {
        return ui.page(Templates.regions(catalogue.administeredRegions(PageRequest.of(page, "50")), FormState.empty(),
                catalogue.mayCreateRegion(), saved != null));
    }

    @POST
    @Path("regions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createRegion(@RestForm String code, @RestForm String name, @RestForm String type,
            @RestForm String province) {
        Map<String, String> typed = Map.of("code", nz(code), "name", nz(name), "type", nz(type), "province", nz(province));
        return submit(typed, () -> new RegionForm(code, name, parse(RegionType.class, type), province),
                catalogue::createRegion, r -> "/admin/regions/" + r.code(),
                state -> Templates.regions(catalogue.administeredRegions(PageRequest.first(50)), state,
                        catalogue.mayCreateRegion(), false));
    }

    @GET
    @Path("regions/{code}")
    public TemplateInstance region(@PathParam("code") String code, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        RegionView region = catalogue.region(code);
        catalogue.requireAdminOf(code);
        return ui.page(regionPage(region, PageRequest.of(page, "50"), values(region), Map.of(), FormState.empty(),
                saved != null));
    }

    @POST
    @Path("regions/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateRegion(@PathParam("code") String current, @RestForm String code, @RestForm String name,
            @RestForm String type, @RestForm String province) {
        RegionView region = catalogue.region(current);
        Map<String, String> typed = Map.of("code", nz(code), "name", nz(name), "type", nz(type), "province", nz(province));
        return submit(typed, () -> new RegionForm(code, name, parse(RegionType.class, type), province),
                form -> catalogue.updateRegion(current, form), r -> "/admin/regions/" + r.code(),
                state -> regionPage(region, PageRequest.first(50), state.values(), state.errors(), FormState.empty(), false));
    }

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUnit(@RestForm String code, @RestForm String name, @RestForm String type,
            @RestForm String regionCode, @RestForm String parentId, @RestForm String address) {
        RegionView region = catalogue.region(nz(regionCode));
        Map<String, String> typed = Map.of("code", nz(code), "name", nz(name), "type", nz(type),
                "regionCode", nz(regionCode), "parentId", nz(parentId), "address", nz(address));
        return submit(typed, () -> new UnitForm(code, name, parse(UnitType.class, type), regionCode,
                        parseId("parentId", parentId), address),
                catalogue::createUnit, u -> "/admin/units/" + u.id(),
                state -> regionPage(region, PageRequest.first(50), values(region), Map.of(), state, false));
    }

    @GET
    @Path("units/{id}")
    public TemplateInstance unit(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        UnitView unit = catalogue.unit(id);
        catalogue.requireAdminOf(unit.regionCode());
        return ui.page(unitPage(unit, PageRequest.of(page, "50"), new FormState(values(unit), Map.of()),
                FormState.empty(), saved != null));
    }

    @POST
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateUnit(@PathParam("id") long id, @RestForm String code, @RestForm String name,
            @RestForm String type, @RestForm String parentId, @RestForm String address) {
        UnitView unit = catalogue.unit(id);
        Map<String, String> typed = Map.of("code", nz(code), "name", nz(name), "type", nz(type),
                "parentId", nz(parentId), "address", nz(address));
        return submit(typed, () -> new UnitForm(code, name, parse(UnitType.class, type), unit.regionCode(),
                        parseId("parentId", parentId), address),
                form -> catalogue.updateUnit(id, form), u -> "/admin/units/" + u.id(),
                state -> unitPage(unit, PageRequest.first(50), state, FormState.empty(), false));
    }

    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createService(@RestForm String code, @RestForm String name, @RestForm String description,
            @RestForm String standardUrl, @RestForm String unitId) {
        Long unit = parseId("unitId", unitId);
        UnitView unitView = catalogue.unit(unit == null ? -1 : unit);
        Map<String, String> typed = Map.of("code", nz(code), "name", nz(name), "description", nz(description),
                "standardUrl", nz(standardUrl));
        return submit(typed, () -> new ServiceForm(code, name, description, blank(standardUrl), unit),
                catalogue::createService, s -> "/admin/services/" + s.id(),
                state -> unitPage(unitView, PageRequest.first(50), new FormState(values(unitView), Map.of()), state, false));
    }

    @GET
    @Path("services/{id}")
    public TemplateInstance service(@PathParam("id") long id, @QueryParam("saved") String saved) {
        ServiceView service = catalogue.service(id);
        UnitView unit = catalogue.unit(service.unitId());
        catalogue.requireAdminOf(unit.regionCode());
        return ui.page(Templates.service(service, unit,
                new FormState(values(service), Map.of()), saved != null));
    }

    @POST
    @Path("services/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateService(@PathParam("id") long id, @RestForm String code, @RestForm String name,
            @RestForm String description, @RestForm String standardUrl) {
        ServiceView service = catalogue.service(id);
        Map<String, String> typed = Map.of("code", nz(code), "name", nz(name), "description", nz(description),
                "standardUrl", nz(standardUrl));
        return submit(typed, () -> new ServiceForm(code, name, description, blank(standardUrl), service.unitId()),
                form -> catalogue.updateService(id, form), s -> "/admin/services/" + s.id(),
                state -> Templates.service(service, catalogue.unit(service.unitId()), state, false));
    }

    private TemplateInstance regionPage(RegionView region, PageRequest page, Map<String, String> editValues,
            Map<String, String> editErrors, FormState newUnit, boolean saved) {
        return Templates.region(region, catalogue.units(region.code(), page), new FormState(editValues, editErrors),
                newUnit, Arrays.asList(UnitType.values()), Arrays.asList(RegionType.values()), saved);
    }

    private TemplateInstance unitPage(UnitView unit, PageRequest page, FormState edit, FormState newService,
            boolean saved) {
        List<UnitView> parents = catalogue.topUnits(unit.regionCode(), PageRequest.first(100)).items().stream()
                .filter(u -> !u.id().equals(unit.id())).toList();
        return Templates.unit(unit, catalogue.services(unit.id(), page), parents, edit, newService,
                Arrays.asList(UnitType.values()), saved);
    }

    /** Validate, save, redirect; or show the form again (422) with the typed values and the errors. */
    private <F, V> Response submit(Map<String, String> typed, Supplier<F> form, Function<F, V> save,
            Function<V, String> redirect, Function<FormState, TemplateInstance> again) {
        Map<String, String> errors;
        try {
            F f = form.get();
            var violations = validator.validate(f);
            if (violations.isEmpty()) {
                V saved = save.apply(f);
                return Response.seeOther(URI.create(redirect.apply(saved) + "?saved=1")).build();
            }
            errors = FormErrors.of(violations, ui.locale());
        } catch (ProblemException e) {
            if (e.errors().isEmpty() && (e.type().status() == 404 || e.type().status() == 403)) {
                throw e;
            }
            errors = FormErrors.of(e, ui.locale());
        }
        return Response.status(422).entity(ui.page(again.apply(new FormState(typed, errors)))).build();
    }

    private static Map<String, String> values(RegionView r) {
        return Map.of("code", r.code(), "name", r.name(), "type", r.type().name(), "province", r.province());
    }

    private static Map<String, String> values(UnitView u) {
        return Map.of("code", u.code(), "name", u.name(), "type", u.type().name(),
                "parentId", u.parentId() == null ? "" : u.parentId().toString(), "address", nz(u.address()));
    }

    private static Map<String, String> values(ServiceView s) {
        return Map.of("code", s.code(), "name", s.name(), "description", nz(s.description()),
                "standardUrl", nz(s.standardUrl()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "catalogue.unknown-choice");
        }
    }

    private static Long parseId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "catalogue.unknown-choice");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
