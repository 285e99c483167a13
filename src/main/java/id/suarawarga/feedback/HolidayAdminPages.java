package id.suarawarga.feedback;

import id.suarawarga.catalogue.Region;
import id.suarawarga.feedback.Holidays.Holiday;
import id.suarawarga.identity.CurrentUser;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The holidays page (issue 15): the national holidays and those of the admin's regions, which the officers'
 * response clock skips ({@link Holidays}); the operator adds national ones, a regional admin their region's, and
 * a holiday is deleted after a confirm page.
 */
@Path("/admin/holidays")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class HolidayAdminPages {

    @Inject
    Holidays holidays;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<Holiday> holidays, List<LocalDate> configured,
                List<Region> regions, boolean operator, FormState form, boolean saved, boolean deleted);

        static native TemplateInstance delete(Holiday holiday);
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("saved") String saved,
            @QueryParam("deleted") String deleted) {
        List<Region> mine = myRegions();
        Map<String, String> blank = new HashMap<>();
        blank.put("region", user.isOperator() || mine.isEmpty() ? "" : mine.get(0).code);
        return ui.page(page(PageRequest.of(page, "50"), mine, FormState.of(blank), saved != null, deleted != null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String region, @RestForm String day, @RestForm String name) {
        Map<String, String> typed = Map.of("region", nz(region), "day", nz(day), "name", nz(name));
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            holidays.add(region, date(day), name, user);
            return Response.seeOther(URI.create("/admin/holidays?saved=1")).build();
        } catch (ProblemException e) {
            if (e.errors().isEmpty() && (e.type().status() == 404 || e.type().status() == 403)) {
                // Not a form error: another region's object, or a rule the form does not offer to break.
                throw e;
            }
            errors.putAll(FormErrors.of(e, ui.locale()));
        }
        return Response.status(422).entity(ui.page(page(PageRequest.first(50), myRegions(),
                new FormState(typed, errors), false, false))).build();
    }

    @GET
    @Path("{id}/delete")
    @Transactional
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return ui.page(Templates.delete(holidays.get(id, user)));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response delete(@PathParam("id") long id) {
        holidays.delete(id, user);
        return Response.seeOther(URI.create("/admin/holidays?deleted=1")).build();
    }

    private TemplateInstance page(PageRequest page, List<Region> mine, FormState form, boolean saved, boolean deleted) {
        return Templates.list(holidays.list(user.regionsAs(Roles.ADMIN), page), holidays.configured(), mine,
                user.isOperator(), form, saved, deleted);
    }

    /** A date as the browser's date field sends it (yyyy-mm-dd); anything else is refused on the field. */
    private static LocalDate date(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("day", "feedback.holiday-day-format");
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
