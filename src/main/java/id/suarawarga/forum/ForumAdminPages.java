package id.suarawarga.forum;

import id.suarawarga.catalogue.PublicService;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.forum.ForumViews.CategoryForm;
import id.suarawarga.forum.ForumViews.CategoryView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.i18n.Texts;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The forum-categories pages (issue 15): an admin lists the forums of their regions, one region at a time, and
 * creates or edits one without curl. Saving goes through {@link ForumService#saveCategory}, so the API's rules
 * (the region's admin only, unit and service inside the region, a code used once) hold here too. Unit and service
 * are typed as their codes, as the catalogue pages show them.
 */
@Path("/admin/forums")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ForumAdminPages {

    private static final String PAGE_SIZE = "50";

    @Inject
    ForumService forum;

    @Inject
    ForumAdminReads reads;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<CategoryView> forums, List<Region> regions, String region,
                FormState form, boolean saved);

        static native TemplateInstance edit(CategoryView forum, List<Region> regions, FormState form, boolean saved);
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("region") String region, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        List<Region> mine = myRegions();
        String shown = shownRegion(mine, region);
        Map<String, String> blank = new HashMap<>();
        blank.put("regionCode", shown == null ? "" : shown);
        blank.put("position", "0");
        return ui.page(Templates.list(forums(mine, shown, PageRequest.of(page, PAGE_SIZE)), mine, nz(shown),
                FormState.of(blank), saved != null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm String code, @RestForm String name, @RestForm String description,
            @RestForm String regionCode, @RestForm String unitCode, @RestForm String serviceCode,
            @RestForm String position) {
        requireMine(regionCode);
        Map<String, String> typed = typed(code, name, description, regionCode, unitCode, serviceCode, position);
        return save(null, typed, state -> {
            List<Region> mine = myRegions();
            String shown = shownRegion(mine, regionCode);
            return Templates.list(forums(mine, shown, PageRequest.first(50)), mine, nz(shown), state, false);
        });
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("saved") String saved) {
        CategoryView f = mine(id);
        return ui.page(Templates.edit(f, myRegions(), FormState.of(values(f)), saved != null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @RestForm String code, @RestForm String name,
            @RestForm String description, @RestForm String regionCode, @RestForm String unitCode,
            @RestForm String serviceCode, @RestForm String position) {
        CategoryView f = mine(id);
        requireMine(regionCode);
        Map<String, String> typed = typed(code, name, description, regionCode, unitCode, serviceCode, position);
        return save(id, typed, state -> Templates.edit(f, myRegions(), state, false));
    }

    /** Builds the API's form from what was typed, saves it, redirects; or shows the form again (422) with the errors. */
    private Response save(Long id, Map<String, String> typed, java.util.function.Function<FormState, TemplateInstance> again) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long unitId = null;
        Long serviceId = null;
        Integer position = null;
        if (!typed.get("unitCode").isBlank()) {
            unitId = Unit.findByCode(typed.get("unitCode").trim()).map(u -> u.id).orElse(null);
            if (unitId == null) {
                errors.put("unitCode", Texts.get(ui.locale(), "forum.admin-unknown-unit"));
            }
        }
        if (!typed.get("serviceCode").isBlank()) {
            serviceId = PublicService.findByCode(typed.get("serviceCode").trim()).map(s -> s.id).orElse(null);
            if (serviceId == null) {
                errors.put("serviceCode", Texts.get(ui.locale(), "forum.admin-unknown-service"));
            }
        }
        if (!typed.get("position").isBlank()) {
            try {
                position = Integer.valueOf(typed.get("position").trim());
            } catch (NumberFormatException e) {
                errors.put("position", Texts.get(ui.locale(), "forum.admin-position-number"));
            }
        }
        if (errors.isEmpty()) {
            CategoryForm form = new CategoryForm(typed.get("code").trim(), typed.get("name").trim(),
                    blank(typed.get("description")), typed.get("regionCode").trim(), unitId, serviceId, position);
            var violations = validator.validate(form);
            if (violations.isEmpty()) {
                try {
                    CategoryView saved = forum.saveCategory(id, form);
                    return Response.seeOther(URI.create("/admin/forums/" + saved.id() + "?saved=1")).build();
                } catch (ProblemException e) {
                    if (e.errors().isEmpty() && (e.type().status() == 404 || e.type().status() == 403)) {
                    // Not a form error: another region's object, or a rule the form does not offer to break.
                        throw e;
                    }
                    FormErrors.of(e, ui.locale()).forEach((field, message) -> errors.put(pageField(field), message));
                }
            } else {
                FormErrors.of(violations, ui.locale()).forEach((field, message) -> errors.put(pageField(field), message));
            }
        }
        return Response.status(422).entity(ui.page(again.apply(new FormState(typed, errors)))).build();
    }

    /** The API's field names, as this page's form calls them. */
    private static String pageField(String field) {
        return switch (field) {
            case "unitId" -> "unitCode";
            case "serviceId" -> "serviceCode";
            default -> field;
        };
    }

    /**
     * A forum of one of the caller's regions. Forums are public, so another region's answers 403, not 404 (ADR 0019
     * point 4), as the API's rule in {@link ForumService#saveCategory} does.
     */
    private CategoryView mine(long id) {
        CategoryView f = forum.category(id);
        requireMine(f.regionCode());
        return f;
    }

    /** The page offers only the caller's regions; another known region typed into the form is refused (403). */
    private void requireMine(String regionCode) {
        String code = regionCode == null ? "" : regionCode.trim();
        if (myRegions().stream().noneMatch(r -> r.code.equals(code)) && Region.findByCode(code).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "forum.admin-region-only", code);
        }
    }

    /** The regions the caller administers (every region for the operator), by name. */
    private List<Region> myRegions() {
        List<Long> ids = user.regionsAs(Roles.ADMIN);
        if (ids == null) {
            return Region.listByName();
        }
        return Region.byIds(ids).values().stream().sorted(Comparator.comparing((Region r) -> r.name)).toList();
    }

    /** The region asked for when it is one of the caller's, else their first; the operator's default is every region. */
    private String shownRegion(List<Region> mine, String asked) {
        if (asked != null && mine.stream().anyMatch(r -> r.code.equals(asked.trim()))) {
            return asked.trim();
        }
        return user.regionsAs(Roles.ADMIN) == null || mine.isEmpty() ? null : mine.get(0).code;
    }

    private PageResult<CategoryView> forums(List<Region> mine, String region, PageRequest page) {
        if (region == null && user.regionsAs(Roles.ADMIN) != null) { // an admin who administers no region yet
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return forum.categories(region, page);
    }

    private static Map<String, String> typed(String code, String name, String description, String regionCode,
            String unitCode, String serviceCode, String position) {
        Map<String, String> m = new HashMap<>();
        m.put("code", nz(code));
        m.put("name", nz(name));
        m.put("description", nz(description));
        m.put("regionCode", nz(regionCode));
        m.put("unitCode", nz(unitCode));
        m.put("serviceCode", nz(serviceCode));
        m.put("position", nz(position));
        return m;
    }

    private Map<String, String> values(CategoryView f) {
        Map<String, String> m = new HashMap<>();
        m.put("code", f.code());
        m.put("name", f.name());
        m.put("description", nz(f.description()));
        m.put("regionCode", f.regionCode());
        m.put("unitCode", f.unitId() == null ? "" : Unit.<Unit>findByIdOptional(f.unitId()).map(u -> u.code).orElse(""));
        m.put("serviceCode", f.serviceId() == null ? ""
                : PublicService.<PublicService>findByIdOptional(f.serviceId()).map(s -> s.code).orElse(""));
        m.put("position", String.valueOf(reads.position(f.id())));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
