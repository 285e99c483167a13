package id.suarawarga.counter;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.counter.PaperViews.BatchForm;
import id.suarawarga.counter.PaperViews.BatchView;
import id.suarawarga.counter.PaperViews.Difference;
import id.suarawarga.counter.PaperViews.SheetForm;
import id.suarawarga.counter.PaperViews.SheetView;
import id.suarawarga.feedback.FeedbackViews.Profile;
import id.suarawarga.feedback.skm.Period;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The officer's paper-questionnaire pages (issue 16): the unit's batches and a new one ({@code /officer/paper}), a
 * batch with its keyboard-only first entry (one input of nine digits per sheet, Enter to the next sheet, profile
 * and comment by Tab; {@code /js/paper.js} adds the Enter key and the running count, the form works without it),
 * the blind second entry, the differences and their resolution, counting and withdrawal. Everything goes through
 * {@link PaperBatches}, as the API does; handlers are not transactional, so a refusal re-renders the page with what
 * was typed and each sheet's own error.
 */
@Path("/officer/paper")
@Produces(MediaType.TEXT_HTML)
public class PaperPages {

    /** Sheets per entry form: a stack of forms is typed in screens of 25. */
    static final int PER_FORM = 25;
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.?(.*)");

    @Inject
    PaperBatches batches;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    /** The choices of the optional respondent profile, exactly the codes {@link Profile} accepts. */
    public record Choices(List<String> ageBands, List<String> genders, List<String> educations,
            List<String> occupations) {
        static final Choices ALL = new Choices(Profile.codes(Profile.AGE_BANDS), Profile.codes(Profile.GENDERS),
                Profile.codes(Profile.EDUCATIONS), Profile.codes(Profile.OCCUPATIONS));
    }

    /** One sheet's inputs as shown (and as typed, after a refusal) with its error, if any. */
    public record SheetInput(int sheet, String digits, String ageBand, String gender, String education,
            String occupation, String comment, String error) {
        static SheetInput blank(int sheet) {
            return new SheetInput(sheet, "", "", "", "", "", "", null);
        }

        boolean empty() {
            return digits.isBlank() && ageBand.isBlank() && gender.isBlank() && education.isBlank()
                    && occupation.isBlank() && comment.isBlank();
        }

        SheetForm form() {
            Profile p = new Profile(blankToNull(ageBand), blankToNull(gender), blankToNull(education),
                    blankToNull(occupation));
            return new SheetForm(sheet, digits, null, p, comment);
        }

        SheetInput withError(String message) {
            return new SheetInput(sheet, digits, ageBand, gender, education, occupation, comment,
                    error == null ? message : error + " " + message);
        }
    }

    /** A batch in the unit's list. */
    public record BatchRow(long id, String service, LocalDate from, LocalDate to, int sheets, boolean doubleEntry,
            String state) {
    }

    /** A difference with the resolution inputs of its sheet. */
    public record DifferenceRow(Difference difference, SheetInput input) {
        public List<SheetInput> inputs() {
            return List.of(input);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<BatchRow> batches, List<ServiceView> services, FormState form);

        static native TemplateInstance batch(BatchView batch, String service, String saved, List<SheetInput> sheets,
                boolean sheetErrors, int focus, String problem, boolean maySecond, FormState withdraw, Choices choices);

        static native TemplateInstance entry(BatchView batch, String service, List<SheetInput> sheets,
                boolean sheetErrors, int focus, String problem, boolean maySecond, Choices choices);

        static native TemplateInstance differences(BatchView batch, String service, List<DifferenceRow> rows,
                int focus, String problem, Choices choices);
    }

    @GET
    @RolesAllowed(Roles.OFFICER)
    public TemplateInstance list(@QueryParam("page") String page) {
        return ui.page(listPage(PageRequest.of(page, "20"), FormState.withNewKey(Map.of(
                "collectedTo", LocalDate.now(Period.ZONE).toString()))));
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String serviceId, @RestForm String collectedFrom, @RestForm String collectedTo,
            @RestForm String collectedBy, @RestForm String sheets, @RestForm String doubleEntry,
            @RestForm String idempotencyKey) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("serviceId", nz(serviceId));
        typed.put("collectedFrom", nz(collectedFrom));
        typed.put("collectedTo", nz(collectedTo));
        typed.put("collectedBy", nz(collectedBy));
        typed.put("sheets", nz(sheets));
        typed.put("doubleEntry", doubleEntry == null ? "" : "on");
        typed.put(FormState.IDEMPOTENCY_KEY, nz(idempotencyKey));
        Long service = number(serviceId);
        Integer count = number(sheets) == null || number(sheets) > Integer.MAX_VALUE ? null : number(sheets).intValue();
        try {
            if (service == null) {
                throw ProblemException.invalid("serviceId", "paper.what.service");
            }
            Outcome<BatchView> outcome = batches.submit(service, nz(idempotencyKey),
                    new BatchForm(collectedFrom, collectedTo, collectedBy, count, doubleEntry != null));
            BatchView b = outcome.created(BatchView.class).orElse(null);
            if (b == null) {
                return Response.seeOther(URI.create("/officer/paper")).build();
            }
            return Response.seeOther(URI.create("/officer/paper/" + b.id())).build();
        } catch (ProblemException e) {
            if (e.type().status() != 422) {
                throw e;
            }
            return Response.status(422).entity(ui.page(listPage(PageRequest.first(20),
                    new FormState(typed, FormErrors.of(e, ui.locale()))))).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.OFFICER)
    public TemplateInstance batch(@PathParam("id") long id, @QueryParam("saved") String saved) {
        BatchView b = batches.show(id);
        return ui.page(batchPage(b, saved(saved), blankFirst(b), null, FormState.empty()));
    }

    @POST
    @Path("{id}/rows")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rows(@PathParam("id") long id, @RestForm List<String> sheet, @RestForm List<String> digits,
            @RestForm List<String> ageBand, @RestForm List<String> gender, @RestForm List<String> education,
            @RestForm List<String> occupation, @RestForm List<String> comment) {
        List<SheetInput> typed = inputs(sheet, digits, ageBand, gender, education, occupation, comment);
        return entry(typed, rows -> batches.enter(id, rows), "/officer/paper/" + id + "?saved=rows#entry",
                (inputs, problem) -> batchPage(batches.show(id), null, inputs, problem, FormState.empty()));
    }

    @GET
    @Path("{id}/verify")
    @RolesAllowed(Roles.OFFICER)
    public TemplateInstance verifyForm(@PathParam("id") long id) {
        BatchView b = batches.show(id);
        return ui.page(verifyPage(b, blankSecond(b), null));
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") long id, @RestForm List<String> sheet, @RestForm List<String> digits,
            @RestForm List<String> ageBand, @RestForm List<String> gender, @RestForm List<String> education,
            @RestForm List<String> occupation, @RestForm List<String> comment) {
        List<SheetInput> typed = inputs(sheet, digits, ageBand, gender, education, occupation, comment);
        return entry(typed, rows -> batches.verify(id, rows), "/officer/paper/" + id + "/verify",
                (inputs, problem) -> verifyPage(batches.show(id), inputs, problem));
    }

    @GET
    @Path("{id}/differences")
    @RolesAllowed(Roles.OFFICER)
    public TemplateInstance differences(@PathParam("id") long id) {
        BatchView b = batches.show(id);
        return ui.page(differencesPage(b, Map.of(), null));
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolution(@PathParam("id") long id, @RestForm List<String> sheet, @RestForm List<String> digits,
            @RestForm List<String> ageBand, @RestForm List<String> gender, @RestForm List<String> education,
            @RestForm List<String> occupation, @RestForm List<String> comment) {
        List<SheetInput> typed = inputs(sheet, digits, ageBand, gender, education, occupation, comment);
        // A difference left without digits is not resolved now; the others are.
        List<SheetInput> chosen = typed.stream().filter(s -> !s.digits().isBlank()).toList();
        return entry(chosen.isEmpty() ? typed : chosen, rows -> batches.resolve(id, rows),
                "/officer/paper/" + id + "/differences",
                (inputs, problem) -> differencesPage(batches.show(id),
                        inputs.stream().collect(Collectors.toMap(SheetInput::sheet, s -> s, (a, c) -> a)), problem));
    }

    @POST
    @Path("{id}/count")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response count(@PathParam("id") long id) {
        return act(() -> batches.count(id), "/officer/paper/" + id + "?saved=counted",
                (problem, errors) -> batchPage(batches.show(id), null, null, problem, FormState.empty()));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") long id, @RestForm String reason) {
        return act(() -> batches.withdraw(id, reason), "/officer/paper/" + id + "?saved=withdrawn",
                (problem, errors) -> batchPage(batches.show(id), null, null, errors.isEmpty() ? problem : null,
                        new FormState(Map.of("reason", nz(reason)), errors)));
    }

    // --- the pages ---------------------------------------------------------------------------------------------

    private TemplateInstance listPage(PageRequest page, FormState form) {
        List<ServiceView> services = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (long unitId : user.unitIds()) {
            for (ServiceView s : catalogue.services(unitId, PageRequest.first(100)).items()) {
                services.add(s);
                names.put(s.id(), s.name());
            }
        }
        PageResult<PaperBatch> found = batches.ofUnits(user.unitIds(), page);
        List<BatchRow> rows = found.items().stream().map(b -> new BatchRow(b.id, names.getOrDefault(b.serviceId,
                "#" + b.serviceId), b.collectedFrom, b.collectedTo, b.sheetsDeclared, b.doubleEntry,
                b.state.name().toLowerCase(java.util.Locale.ROOT))).toList();
        return Templates.list(new PageResult<>(rows, found.page(), found.size(), found.total()), services, form);
    }

    private TemplateInstance batchPage(BatchView b, String saved, List<SheetInput> sheets, String problem,
            FormState withdraw) {
        boolean maySecond = batches.maySecondEnter(b.id());
        List<SheetInput> shown = sheets == null ? blankFirst(b) : sheets;
        return Templates.batch(b, serviceName(b), saved, shown, errors(shown), focus(shown), problem, maySecond,
                withdraw, Choices.ALL);
    }

    private TemplateInstance verifyPage(BatchView b, List<SheetInput> sheets, String problem) {
        return Templates.entry(b, serviceName(b), sheets, errors(sheets), focus(sheets), problem,
                batches.maySecondEnter(b.id()), Choices.ALL);
    }

    private TemplateInstance differencesPage(BatchView b, Map<Integer, SheetInput> typed, String problem) {
        List<DifferenceRow> rows = new ArrayList<>();
        for (Difference d : b.differences()) {
            SheetView first = d.first();
            Profile p = first.profile();
            SheetInput input = typed.getOrDefault(d.sheet(), new SheetInput(d.sheet(), "",
                    p == null ? "" : nz(p.ageBand()), p == null ? "" : nz(p.gender()),
                    p == null ? "" : nz(p.education()), p == null ? "" : nz(p.occupation()), nz(first.comment()),
                    null));
            rows.add(new DifferenceRow(d, input));
        }
        List<SheetInput> open = rows.stream().filter(r -> !r.difference().resolved()).map(DifferenceRow::input).toList();
        return Templates.differences(b, serviceName(b), rows, focus(open), problem, Choices.ALL);
    }

    /** The sheet whose input has the focus when the page opens: the first wrong one, else the first. */
    private static int focus(List<SheetInput> sheets) {
        return sheets.stream().filter(s -> s.error() != null).findFirst()
                .or(() -> sheets.stream().findFirst()).map(SheetInput::sheet).orElse(0);
    }

    private static boolean errors(List<SheetInput> sheets) {
        return sheets.stream().anyMatch(s -> s.error() != null);
    }

    private String serviceName(BatchView b) {
        try {
            return catalogue.service(b.serviceId()).name();
        } catch (ProblemException e) {
            return "#" + b.serviceId();
        }
    }

    /** The next sheets the first entry has not typed, at most {@link #PER_FORM}; none once it is closed. */
    private static List<SheetInput> blankFirst(BatchView b) {
        if (!"open".equals(b.state())) {
            return List.of();
        }
        Set<Integer> done = b.sheets().stream().filter(s -> s.entry() == PaperSheet.FIRST).map(SheetView::sheet)
                .collect(Collectors.toCollection(TreeSet::new));
        return missing(b.sheetsDeclared(), done);
    }

    /** The next sheets the caller's second entry has not typed (the only second-entry rows the caller sees). */
    private static List<SheetInput> blankSecond(BatchView b) {
        if (!"open".equals(b.state()) && !"verifying".equals(b.state())) {
            return List.of();
        }
        Set<Integer> done = b.sheets().stream().filter(s -> s.entry() == PaperSheet.SECOND).map(SheetView::sheet)
                .collect(Collectors.toCollection(TreeSet::new));
        if (done.size() < b.secondEntered()) { // someone else typed part of the second entry: its numbers are hidden
            return List.of();
        }
        return missing(b.sheetsDeclared(), done);
    }

    private static List<SheetInput> missing(int declared, Set<Integer> done) {
        List<SheetInput> out = new ArrayList<>();
        for (int n = 1; n <= declared && out.size() < PER_FORM; n++) {
            if (!done.contains(n)) {
                out.add(SheetInput.blank(n));
            }
        }
        return out;
    }

    // --- the forms ---------------------------------------------------------------------------------------------

    interface Work {
        Object run(List<SheetForm> rows);
    }

    interface Again {
        TemplateInstance page(List<SheetInput> inputs, String problem);
    }

    interface Refused {
        TemplateInstance page(String problem, Map<String, String> errors);
    }

    /**
     * Stores the sheets that were typed (blank ones are skipped) and redirects; a refusal shows the same inputs
     * again with each sheet's own error beside it (422), or the batch's problem above the form (409).
     */
    private Response entry(List<SheetInput> typed, Work work, String redirect, Again again) {
        List<SheetInput> filled = typed.stream().filter(s -> !s.empty()).toList();
        if (filled.isEmpty()) {
            return Response.status(422).entity(ui.page(again.page(typed,
                    id.suarawarga.shared.i18n.Texts.get(ui.locale(), "paper.rows-count", PaperBatches.MAX_ROWS))))
                    .build();
        }
        try {
            work.run(filled.stream().map(SheetInput::form).toList());
            return Response.seeOther(URI.create(redirect)).build();
        } catch (ProblemException e) {
            int status = e.type().status();
            if (status != 422 && status != 409) {
                throw e;
            }
            Map<Integer, SheetInput> bySheet = new LinkedHashMap<>();
            typed.forEach(s -> bySheet.put(s.sheet(), s));
            List<String> general = new ArrayList<>();
            for (var f : e.errors(ui.locale())) {
                Matcher m = ROW_FIELD.matcher(f.field());
                if (m.matches() && Integer.parseInt(m.group(1)) < filled.size()) {
                    int sheet = filled.get(Integer.parseInt(m.group(1))).sheet();
                    bySheet.computeIfPresent(sheet, (k, s) -> s.withError(f.message()));
                } else {
                    general.add(f.message());
                }
            }
            String problem = e.detail(ui.locale()) + (general.isEmpty() || status == 409 ? "" : " " + String.join(" ", general));
            return Response.status(status).entity(ui.page(again.page(new ArrayList<>(bySheet.values()), problem)))
                    .build();
        }
    }

    private Response act(Supplier<Object> work, String redirect, Refused again) {
        try {
            work.get();
            return Response.seeOther(URI.create(redirect)).build();
        } catch (ProblemException e) {
            int status = e.type().status();
            if (status != 422 && status != 409 && status != 403) {
                throw e;
            }
            Map<String, String> errors = status == 422 ? FormErrors.of(e, ui.locale()) : Map.of();
            errors = new LinkedHashMap<>(errors);
            errors.remove("form");
            return Response.status(status).entity(ui.page(again.page(e.detail(ui.locale()), errors))).build();
        }
    }

    private static List<SheetInput> inputs(List<String> sheet, List<String> digits, List<String> ageBand,
            List<String> gender, List<String> education, List<String> occupation, List<String> comment) {
        List<SheetInput> out = new ArrayList<>();
        int n = sheet == null ? 0 : Math.min(sheet.size(), PaperBatches.MAX_ROWS);
        for (int i = 0; i < n; i++) {
            Long number = number(sheet.get(i));
            if (number == null || number > PaperBatches.MAX_SHEETS) {
                continue;
            }
            out.add(new SheetInput(number.intValue(), at(digits, i), at(ageBand, i), at(gender, i), at(education, i),
                    at(occupation, i), at(comment, i), null));
        }
        return out;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static Long number(String s) {
        if (s == null || !s.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(s.strip());
    }

    private static String saved(String what) {
        return what != null && List.of("rows", "counted", "withdrawn").contains(what) ? what : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
