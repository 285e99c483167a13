package id.suarawarga.counter;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.feedback.AnswerWords;
import id.suarawarga.feedback.AnswerWords.Choice;
import id.suarawarga.feedback.FeedbackViews.ElementView;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.QuestionnaireService;
import id.suarawarga.shared.i18n.Texts;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The counter kiosk itself (issue 16), public and without a login: a tablet that holds no device credential shows
 * the field for the pairing code; a paired one shows its unit's services, then the nine SKM elements on one screen
 * as four large faces with the element's own answer words, and after each answer a short thank-you that resets to
 * the start ({@code /js/kiosk.js}; the page has a button for it too). The layout has no site navigation and no link
 * away, the survey asks nothing personal, and the form is kept by the offline outbox ({@code data-keep-offline}) with
 * an answer id made for each showing of the form: a re-send after a dropped connection is the same answer.
 *
 * <p>All on one screen rather than one element per screen: at 360 px four faces with their words fit one row per
 * element, the whole form is one request (one thing for the outbox to keep), it works without the script, and the
 * person sees what they chose before sending. Handlers are not transactional: a refusal re-renders the page.
 */
@Path("/kiosk")
@Produces(MediaType.TEXT_HTML)
public class KioskPages {

    /** The device credential: HttpOnly, SameSite=Strict, Secure outside dev/test/demo, for the kiosk pages only. */
    static final String COOKIE = "sw_kiosk";
    /** Chrome keeps a cookie at most 400 days; a tablet that stays paired longer is paired again. */
    static final int COOKIE_DAYS = 400;

    @Inject
    Kiosks kiosks;

    @Inject
    CatalogueService catalogue;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    UiContext ui;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "true")
    boolean secure;

    /**
     * One element of the survey as the kiosk shows it, with its official answer words ({@link AnswerWords}); each
     * choice's face is the page's SVG symbol {@code #face-<score>} (drawn, not an emoji: a tablet's fonts may lack
     * the emoji faces).
     */
    public record Element(String code, String label, List<Choice> choices) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pairing(String code, String problem, boolean revoked);

        static native TemplateInstance services(String unit, List<ServiceView> services);

        static native TemplateInstance survey(ServiceView service, String unit, List<Element> elements,
                String answerId, Map<String, String> chosen, Set<String> missing, boolean several);

        static native TemplateInstance thanks();

        static native TemplateInstance refused(String problem, long seconds);
    }

    @GET
    @PermitAll
    public Response start(@CookieParam(COOKIE) String credential, @QueryParam("service") String service) {
        Optional<Kiosks.Device> device = kiosks.device(credential);
        if (device.isEmpty()) {
            Response.ResponseBuilder b = Response.ok(ui.page(Templates.pairing("", null, credential != null)));
            return (credential != null ? b.cookie(forget()) : b).build();
        }
        List<ServiceView> services = services(device.get());
        Long chosen = number(service);
        Optional<ServiceView> one = services.stream().filter(s -> s.id().equals(chosen)).findFirst();
        if (one.isEmpty() && services.size() == 1) {
            one = Optional.of(services.get(0));
        }
        if (one.isEmpty()) {
            return Response.ok(ui.page(Templates.services(unitName(device.get()), services))).build();
        }
        return Response.ok(ui.page(surveyPage(device.get(), one.get(), services.size() > 1, Map.of(), Set.of())))
                .build();
    }

    @POST
    @Path("pair")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pair(@RestForm("pairingCode") String code) {
        try {
            Kiosks.Paired paired = kiosks.pair(code);
            NewCookie cookie = new NewCookie.Builder(COOKIE).value(paired.credential()).path("/kiosk")
                    .maxAge(COOKIE_DAYS * 24 * 3600).sameSite(NewCookie.SameSite.STRICT).httpOnly(true).secure(secure)
                    .build();
            return Response.seeOther(URI.create("/kiosk")).cookie(cookie).build();
        } catch (ProblemException e) {
            int status = e.type().status();
            if (status >= 500) {
                throw e;
            }
            var fields = e.errors(ui.locale());
            String problem = fields.isEmpty() ? e.detail(ui.locale()) : fields.get(0).message();
            String typed = code == null ? "" : code.length() > 20 ? code.substring(0, 20) : code;
            return Response.status(status).entity(ui.page(Templates.pairing(typed, problem, false))).build();
        }
    }

    @POST
    @Path("answers")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@CookieParam(COOKIE) String credential, @RestForm("serviceId") String service,
            @RestForm("idempotencyKey") String answerId, @RestForm("U1") String u1, @RestForm("U2") String u2,
            @RestForm("U3") String u3, @RestForm("U4") String u4, @RestForm("U5") String u5, @RestForm("U6") String u6,
            @RestForm("U7") String u7, @RestForm("U8") String u8, @RestForm("U9") String u9) {
        Optional<Kiosks.Device> device = kiosks.device(credential);
        Long serviceId = number(service);
        List<String> values = java.util.Arrays.asList(u1, u2, u3, u4, u5, u6, u7, u8, u9);
        if (device.isEmpty() || serviceId == null) {
            return Response.seeOther(URI.create("/kiosk")).build();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            String value = values.get(i - 1);
            if (value != null && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '4') {
                answers.put("U" + i, value.charAt(0) - '0');
                chosen.put("U" + i, value);
            }
        }
        try {
            Kiosks.Answer a = kiosks.answer(credential, serviceId, answerId,
                    new SurveyForm(answers, null, null, true));
            if (a instanceof Kiosks.Answer.Refused r) {
                return Response.status(429).header("Retry-After", r.retryAfterSeconds())
                        .entity(ui.page(Templates.refused(Texts.get(ui.locale(), r.key()), r.retryAfterSeconds())))
                        .build();
            }
            return Response.seeOther(URI.create("/kiosk/thanks")).build();
        } catch (ProblemException e) {
            if (e.type().status() != 422) { // revoked meanwhile, another unit's service: back to the start
                return Response.seeOther(URI.create("/kiosk")).build();
            }
            List<ServiceView> services = services(device.get());
            Optional<ServiceView> shown = services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
            if (shown.isEmpty()) {
                return Response.seeOther(URI.create("/kiosk")).build();
            }
            Set<String> missing = new LinkedHashSet<>();
            e.fields().forEach(f -> missing.add(f.field().replace("answers.", "")));
            return Response.status(422).entity(ui.page(surveyPage(device.get(), shown.get(), services.size() > 1,
                    chosen, missing))).build();
        }
    }

    @GET
    @Path("thanks")
    @PermitAll
    public TemplateInstance thanks() {
        return ui.page(Templates.thanks());
    }

    // --- the pages ---------------------------------------------------------------------------------------------

    private TemplateInstance surveyPage(Kiosks.Device device, ServiceView service, boolean several,
            Map<String, String> chosen, Set<String> missing) {
        boolean english = ui.english();
        List<Element> elements = new ArrayList<>();
        for (ElementView e : questionnaires.forService(service.id(), english).elements()) {
            List<Choice> choices = AnswerWords.of(e.code(), ui.locale());
            elements.add(new Element(e.code(), e.label(), choices));
        }
        // A new id for every showing of the form: the outbox re-sends it unchanged, a new person gets a new one.
        return Templates.survey(service, unitName(device), elements, UUID.randomUUID().toString(), chosen, missing,
                several);
    }

    private List<ServiceView> services(Kiosks.Device device) {
        return catalogue.services(device.unitId(), PageRequest.first(100)).items();
    }

    private String unitName(Kiosks.Device device) {
        try {
            return catalogue.unit(device.unitId()).name();
        } catch (ProblemException e) {
            return device.name();
        }
    }

    private NewCookie forget() {
        return new NewCookie.Builder(COOKIE).value("").path("/kiosk").maxAge(0).sameSite(NewCookie.SameSite.STRICT)
                .httpOnly(true).secure(secure).build();
    }

    private static Long number(String s) {
        if (s == null || !s.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(s.strip());
    }
}
