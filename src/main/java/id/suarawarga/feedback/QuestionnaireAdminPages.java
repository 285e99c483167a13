package id.suarawarga.feedback;

import id.suarawarga.catalogue.Region;
import id.suarawarga.feedback.FeedbackViews.ElementForm;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireForm;
import id.suarawarga.feedback.QuestionnaireVersions.Version;
import id.suarawarga.identity.CurrentUser;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The questionnaire-versions page (issue 15): per region of the admin, the versions it has published and the one
 * in force (its newest, else the national default), and a form to publish a new version, filled with the wording
 * in force. Publishing goes through {@link QuestionnaireService#publish}, the API's way, so its rules (the
 * region's admin only, exactly U1-U9 once each) hold here too. Row {@code n} of the form is element position
 * {@code n}: its code, and its label in Bahasa Indonesia and in English.
 */
@Path("/admin/questionnaires")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class QuestionnaireAdminPages {

    /** The nine elements (unsur) of PermenPANRB 14/2017. */
    static final int ELEMENTS = 9;

    private static final Pattern ELEMENT_PATH = Pattern.compile("elements\\[(\\d+)\\]\\.(\\w+)");

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    QuestionnaireVersions versions;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    UiContext ui;

    /** The version in force in a region: whether it is the region's own, its number and its elements. */
    public record Current(boolean own, int version, List<QuestionnaireElement> elements) {
    }

    /** Row {@code n} of the publish form as typed, with its fields' errors (null when none). */
    public record ElementRow(int n, String code, String labelId, String labelEn, String codeError,
            String labelIdError, String labelEnError) {
        static ElementRow of(int n, FormState form) {
            return new ElementRow(n, form.value("code" + n), form.value("labelId" + n), form.value("labelEn" + n),
                    form.errors().get("code" + n), form.errors().get("labelId" + n), form.errors().get("labelEn" + n));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Region> regions, Region region, Current current,
                PageResult<Version> versions, List<ElementRow> rows, FormState form, boolean saved);
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("region") String region, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        List<Region> mine = myRegions();
        Region shown = shown(mine, region);
        Current current = shown == null ? null : current(shown);
        return ui.page(page(mine, shown, current, PageRequest.of(page, "20"),
                current == null ? FormState.empty() : FormState.of(values(current)), saved != null));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response publish(@PathParam("code") String code, MultivaluedMap<String, String> fields) {
        List<Region> mine = myRegions();
        // Regions are public: another region's form is refused (403, ADR 0019 point 4), an unknown one is not found.
        Region region = mine.stream().filter(r -> r.code.equals(code)).findFirst().orElseGet(() -> {
            throw Region.findByCode(code).isPresent()
                    ? new ProblemException(ProblemType.FORBIDDEN, "feedback.questionnaire-region-only", code)
                    : ProblemException.notFound("Region", code);
        });
        Map<String, String> typed = new HashMap<>();
        List<ElementForm> elements = new ArrayList<>();
        for (int n = 1; n <= ELEMENTS; n++) {
            String c = nz(fields.getFirst("code" + n)).trim();
            String id = nz(fields.getFirst("labelId" + n));
            String en = nz(fields.getFirst("labelEn" + n));
            typed.put("code" + n, c);
            typed.put("labelId" + n, id);
            typed.put("labelEn" + n, en);
            elements.add(new ElementForm(c, id.trim(), en.trim()));
        }
        QuestionnaireForm form = new QuestionnaireForm(elements);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<QuestionnaireForm> v : validator.validate(form)) {
            errors.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                questionnaires.publish(region.code, form, user);
                return Response.seeOther(URI.create("/admin/questionnaires?region=" + region.code + "&saved=1")).build();
            } catch (ProblemException e) {
                if (e.errors().isEmpty() && (e.type().status() == 404 || e.type().status() == 403)) {
                    // Not a form error: another region's object, or a rule the form does not offer to break.
                    throw e;
                }
                FormErrors.of(e, ui.locale()).forEach((f, message) -> errors.put(f.equals("elements") ? "form" : f, message));
            }
        }
        return Response.status(422).entity(ui.page(page(mine, region, current(region), PageRequest.first(20),
                new FormState(typed, errors), false))).build();
    }

    private TemplateInstance page(List<Region> mine, Region shown, Current current, PageRequest page, FormState form,
            boolean saved) {
        PageResult<Version> published = shown == null ? new PageResult<>(List.of(), 0, page.size(), 0)
                : versions.ofRegion(shown.id, page);
        return Templates.list(mine, shown, current, published, IntStream.rangeClosed(1, ELEMENTS).mapToObj(n -> ElementRow.of(n, form)).toList(),
                form, saved);
    }

    /** {@code elements[2].labelEn} → {@code labelEn3}, the field of row 3; the list itself → the whole form. */
    static String field(String path) {
        Matcher m = ELEMENT_PATH.matcher(path);
        if (m.find()) {
            return m.group(2) + (Integer.parseInt(m.group(1)) + 1);
        }
        return "form";
    }

    private static Current current(Region region) {
        Questionnaire q = Questionnaire.currentFor(region);
        return new Current(q.region != null, q.version, q.elements);
    }

    private static Map<String, String> values(Current current) {
        Map<String, String> m = new HashMap<>();
        int n = 1;
        for (QuestionnaireElement e : current.elements()) {
            m.put("code" + n, e.code);
            m.put("labelId" + n, e.labelId);
            m.put("labelEn" + n, e.labelEn);
            n++;
        }
        return m;
    }

    /** The regions the caller administers (every region for the operator), by name. */
    private List<Region> myRegions() {
        List<Long> ids = user.regionsAs(Roles.ADMIN);
        if (ids == null) {
            return Region.listByName();
        }
        return Region.byIds(ids).values().stream().sorted(Comparator.comparing((Region r) -> r.name)).toList();
    }

    /** The region asked for when it is one of the caller's, else their first. */
    private static Region shown(List<Region> mine, String asked) {
        return mine.stream().filter(r -> r.code.equals(asked == null ? null : asked.trim())).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
