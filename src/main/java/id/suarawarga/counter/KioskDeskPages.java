package id.suarawarga.counter;

import id.suarawarga.catalogue.Unit;
import id.suarawarga.counter.KioskViews.KioskForm;
import id.suarawarga.counter.KioskViews.KioskView;
import id.suarawarga.counter.KioskViews.Pairing;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Outcome;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The staff's kiosk page ({@code /officer/kiosks}, issue 16): per unit they manage — the units an officer serves,
 * the units of an admin's regencies — the unit's kiosks with their answers and a revoke button, and the form that
 * makes a new kiosk and shows its pairing code big, once (it is not stored; reloading the answer makes a fresh one).
 * Everything goes through {@link Kiosks}, as the API does; handlers are not transactional.
 */
@Path("/officer/kiosks")
@Produces(MediaType.TEXT_HTML)
public class KioskDeskPages {

    /** Units offered in the chooser: a regency has some dozens; more than this are reached by number. */
    static final int MAX_UNITS = 200;

    @Inject
    Kiosks kiosks;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    /** A unit the caller may choose. */
    public record UnitChoice(long id, String name) {
        /** What the list's page links keep: the unit. */
        public String query() {
            return "unit=" + id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UnitChoice> units, UnitChoice unit, PageResult<KioskView> kiosks,
                FormState form, String saved);

        static native TemplateInstance code(UnitChoice unit, String name, Pairing pairing);
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("unit") String unit, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        return ui.page(listPage(number(unit), PageRequest.of(page, "50"), FormState.withNewKey(Map.of()),
                "revoked".equals(saved) ? saved : null));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String unitId, @RestForm String name, @RestForm String idempotencyKey) {
        Long unit = number(unitId);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", nz(name));
        typed.put(FormState.IDEMPOTENCY_KEY, nz(idempotencyKey));
        try {
            if (unit == null) {
                throw ProblemException.invalid("unitId", "kiosk.unit-unknown", nz(unitId));
            }
            Outcome<Pairing> outcome = kiosks.submit(nz(idempotencyKey), new KioskForm(unit, name));
            Pairing pairing = outcome.created(Pairing.class).orElse(null);
            if (pairing == null) {
                return Response.seeOther(URI.create("/officer/kiosks?unit=" + unit)).build();
            }
            UnitChoice choice = choice(unit);
            return Response.status(201).entity(ui.page(Templates.code(choice, name == null ? "" : name.strip(),
                    pairing))).build();
        } catch (ProblemException e) {
            if (e.type().status() != 422 || unit == null) {
                throw e;
            }
            return Response.status(422).entity(ui.page(listPage(unit, PageRequest.first(50),
                    new FormState(typed, FormErrors.of(e, ui.locale())), null))).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        KioskView k = kiosks.revoke(id);
        return Response.seeOther(URI.create("/officer/kiosks?unit=" + k.unitId() + "&saved=revoked")).build();
    }

    // --- the page ----------------------------------------------------------------------------------------------

    private TemplateInstance listPage(Long chosen, PageRequest page, FormState form, String saved) {
        List<UnitChoice> units = units();
        UnitChoice unit = null;
        if (chosen != null) {
            unit = units.stream().filter(u -> u.id() == chosen).findFirst().orElseGet(() -> choice(chosen));
        } else if (!units.isEmpty()) {
            unit = units.get(0);
        }
        PageResult<KioskView> list = unit == null ? new PageResult<>(List.of(), 0, page.size(), 0)
                : kiosks.ofUnit(unit.id(), page);
        return Templates.list(units, unit, list, form, saved);
    }

    /** The units an officer serves, then those of an admin's regencies (none listed for the operator). */
    private List<UnitChoice> units() {
        Set<Long> ids = new LinkedHashSet<>(user.unitIds());
        if (user.hasRole(Roles.ADMIN)) {
            List<Long> regions = user.regionsAs(Roles.ADMIN);
            if (regions != null) {
                for (long region : regions) {
                    ids.addAll(Unit.idsInRegion(region));
                }
            }
        }
        List<UnitChoice> out = new ArrayList<>();
        for (Unit.Facts f : Unit.factsOf(new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_UNITS))).values()) {
            out.add(new UnitChoice(f.id(), f.name()));
        }
        return out;
    }

    private static UnitChoice choice(long unitId) {
        Unit.Facts f = Unit.factsOf(List.of(unitId)).get(unitId);
        if (f == null) {
            throw ProblemException.notFound("kiosk.what.unit", unitId);
        }
        return new UnitChoice(f.id(), f.name());
    }

    private static Long number(String s) {
        if (s == null || !s.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(s.strip());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
