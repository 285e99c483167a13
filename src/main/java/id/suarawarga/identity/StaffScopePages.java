package id.suarawarga.identity;

import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.identity.StaffScopesApi.ScopeView;
import id.suarawarga.shared.i18n.Texts;
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
import jakarta.transaction.Transactional;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The staff-scopes pages (issue 15): an admin sees who holds which staff role where in their regions, and gives or
 * changes one person's scope per role, with a reason, without curl. Same rules and audit as
 * {@link StaffScopesApi}, through {@link StaffScopeGrants}. Places are typed as codes (unit codes for officer and
 * counter, region codes for the other roles), the codes the list shows.
 */
@Path("/admin/staff")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class StaffScopePages {

    @Inject
    StaffScopeGrants grants;

    @Inject
    StaffScopesApi api;

    @Inject
    UiContext ui;

    /** One role's form on a person's page: the codes held now (or as typed) and the errors. */
    public record RoleForm(String role, boolean units, FormState form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<ScopeView> scopes, List<RegionView> regions, String region,
                String role, List<String> roles, String prev, String next);

        static native TemplateInstance person(String username, List<ScopeView> scopes, List<RoleForm> forms,
                boolean saved);
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("region") String region, @QueryParam("role") String role,
            @QueryParam("page") String page) {
        String r = blank(region);
        String ro = blank(role);
        PageRequest request = PageRequest.of(page, "50");
        PageResult<ScopeView> scopes = api.list(r, ro, String.valueOf(request.page()), "50");
        List<Long> mine = grants.adminRegions();
        List<RegionView> regions = (mine == null ? Region.<Region>listAll() : mine.stream().map(id -> (Region) Region.findById(id)).toList())
                .stream().sorted((a, b) -> a.code.compareTo(b.code)).map(x -> api.catalogue.region(x.code)).toList();
        String base = "/admin/staff?" + (r == null ? "" : "region=" + enc(r) + "&") + (ro == null ? "" : "role=" + enc(ro) + "&");
        String prev = scopes.page() > 0 ? base + "page=" + (scopes.page() - 1) : null;
        String next = (long) (scopes.page() + 1) * scopes.size() < scopes.total() ? base + "page=" + (scopes.page() + 1) : null;
        return ui.page(Templates.list(scopes, regions, r == null ? "" : r, ro == null ? "" : ro, StaffScopes.ROLES, prev, next));
    }

    /** The person picker of the list page: a GET form to a person's page. */
    @GET
    @Path("person")
    public Response find(@QueryParam("username") String username) {
        StaffScopeGrants.checkUsername(blank(username));
        return Response.seeOther(URI.create("/admin/staff/" + enc(username.trim()))).build();
    }

    @GET
    @Path("{username}")
    @Transactional
    public TemplateInstance person(@PathParam("username") String username, @QueryParam("saved") String saved) {
        List<ScopeView> scopes = api.get(username).scopes();
        return ui.page(Templates.person(username, scopes, forms(scopes, null, null), saved != null));
    }

    @POST
    @Path("{username}/{role}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // No transaction of its own: a refused change rolls back its own (StaffScopeGrants.replace) and the page is
    // then read in a fresh one.
    public Response change(@PathParam("username") String username, @PathParam("role") String role,
            @RestForm String places, @RestForm String reason) {
        Map<String, String> typed = Map.of("places", nz(places), "reason", nz(reason));
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(reason) == null) {
            errors.put("reason", Texts.get(ui.locale(), "identity.reason-required"));
        } else if (reason.length() > 500) {
            errors.put("reason", Texts.get(ui.locale(), "identity.reason-too-long"));
        }
        if (errors.isEmpty()) {
            try {
                List<String> codes = codes(places);
                if (StaffScopes.unitRole(role)) {
                    grants.replace(username, role, unitIds(codes), null, reason.trim());
                } else {
                    grants.replace(username, role, null, codes, reason.trim());
                }
                return Response.seeOther(URI.create("/admin/staff/" + enc(username) + "?saved=1")).build();
            } catch (ProblemException e) {
                if (e.type().status() != 422) {
                    throw e;
                }
                FormErrors.of(e, ui.locale()).forEach((field, message) -> errors.put(
                        field.equals("unitIds") || field.equals("regions") ? "places" : field, message));
            }
        }
        List<ScopeView> scopes = api.get(username).scopes();
        return Response.status(422).entity(ui.page(Templates.person(username, scopes,
                forms(scopes, role, new FormState(typed, errors)), false))).build();
    }

    private static List<RoleForm> forms(List<ScopeView> scopes, String role, FormState typed) {
        List<RoleForm> forms = new ArrayList<>();
        for (String r : StaffScopes.ROLES) {
            if (r.equals(role) && typed != null) {
                forms.add(new RoleForm(r, StaffScopes.unitRole(r), typed));
                continue;
            }
            String held = scopes.stream().filter(s -> s.role().equals(r))
                    .map(s -> s.unit() != null ? s.unit().code() : s.region().code()).collect(Collectors.joining(", "));
            Map<String, String> values = new HashMap<>();
            values.put("places", held);
            forms.add(new RoleForm(r, StaffScopes.unitRole(r), FormState.of(values)));
        }
        return forms;
    }

    /** Codes separated by commas, spaces or new lines, each once. */
    private static List<String> codes(String places) {
        if (places == null) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(places.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Unit codes to ids; an unknown code is refused like an unknown unit. */
    private static List<Long> unitIds(List<String> codes) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(Unit.findByCode(code).map(u -> u.id)
                    .orElseThrow(() -> ProblemException.invalid("unitIds", "identity.unknown-unit-id", code)));
        }
        return ids;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
