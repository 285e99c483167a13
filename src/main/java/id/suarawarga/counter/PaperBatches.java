package id.suarawarga.counter;

import id.suarawarga.catalogue.ServicePlaces;
import id.suarawarga.counter.PaperBatch.State;
import id.suarawarga.counter.PaperViews.BatchForm;
import id.suarawarga.counter.PaperViews.BatchView;
import id.suarawarga.counter.PaperViews.Difference;
import id.suarawarga.counter.PaperViews.EntryResult;
import id.suarawarga.counter.PaperViews.SheetForm;
import id.suarawarga.counter.PaperViews.SheetView;
import id.suarawarga.feedback.ChannelAnswers;
import id.suarawarga.feedback.DailyTotals;
import id.suarawarga.feedback.Feedback.Origin;
import id.suarawarga.feedback.FeedbackService;
import id.suarawarga.feedback.FeedbackViews.Profile;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.Respondent;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Paper questionnaires (issue 16): a batch is created for a service, its sheets are typed (nine digits each,
 * {@code 434433423}, U1 first, plus the optional profile and comment), with double entry typed a second time blind
 * by someone else, the differences resolved, and then it counts: every sheet becomes one answer of origin PAPER,
 * dated the batch's last collection day. A withdrawal takes the answers out again; the batch and what everyone typed
 * stay. Every step records who did it; nothing typed is ever changed (a correction is a resolution row).
 */
@ApplicationScoped
public class PaperBatches {

    /** Sheets per call: a page of the entry form, or an API batch. */
    public static final int MAX_ROWS = 100;
    public static final int MAX_SHEETS = 500;
    static final int MAX_COMMENT = 2000;
    private static final String AUDIT_TARGET = "paper_batch";

    @Inject
    ServicePlaces places;

    @Inject
    PaperPermissions permissions;

    @Inject
    FeedbackService feedback;

    @Inject
    DailyTotals dailyTotals;

    @Inject
    ChannelAnswers channelAnswers;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser user;

    /** A sheet as read from a form, checked. */
    record Typed(int sheet, int[] answers, Profile profile, String comment) {
    }

    /** A new batch once per {@code Idempotency-Key}. */
    public Outcome<BatchView> submit(long serviceId, String key, BatchForm form) {
        return idempotency.execute(user.subject().orElseThrow(), key, "POST /api/v1/services/" + serviceId
                + "/paper-batches", form, () -> {
                    BatchView b = create(serviceId, form);
                    return Outcome.Created.of(b, "/api/v1/paper-batches/" + b.id());
                });
    }

    @Transactional
    public BatchView create(long serviceId, BatchForm form) {
        ServicePlaces.Place place = places.of(serviceId)
                .orElseThrow(() -> ProblemException.notFound("paper.what.service", serviceId));
        permissions.requireService(place.unitId(), place.regionId());
        List<ProblemException.Field> errors = new ArrayList<>();
        LocalDate from = date(form.collectedFrom(), "collectedFrom", errors);
        LocalDate to = date(form.collectedTo(), "collectedTo", errors);
        LocalDate today = LocalDate.now(Period.ZONE);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(new ProblemException.Field("collectedFrom", "paper.dates-order"));
            } else if (to.isAfter(today)) {
                errors.add(new ProblemException.Field("collectedTo", "paper.dates-future"));
            } else if (ChronoUnit.DAYS.between(from, to) > 366) {
                errors.add(new ProblemException.Field("collectedFrom", "paper.dates-span"));
            }
        }
        String by = form.collectedBy() == null ? "" : form.collectedBy().strip();
        if (by.isEmpty() || by.length() > 200) {
            errors.add(new ProblemException.Field("collectedBy", "paper.collected-by-required"));
        }
        if (form.sheets() == null || form.sheets() < 1 || form.sheets() > MAX_SHEETS) {
            errors.add(new ProblemException.Field("sheets", "paper.sheets-range", MAX_SHEETS));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "paper.batch-invalid");
        }
        PaperBatch b = new PaperBatch();
        b.serviceId = serviceId;
        b.unitId = place.unitId();
        b.regionId = place.regionId();
        b.collectedFrom = from;
        b.collectedTo = to;
        b.collectedBy = by;
        b.sheetsDeclared = form.sheets();
        b.doubleEntry = Boolean.TRUE.equals(form.doubleEntry());
        b.createdBy = user.username();
        b.createdAt = Instant.now();
        b.persist();
        return view(b);
    }

    @Transactional
    public BatchView show(long id) {
        return view(permissions.requireBatch(PaperBatch.<PaperBatch>findById(id), id));
    }

    /** The batches of the units the caller enters for, newest first. */
    @Transactional
    public PageResult<PaperBatch> ofUnits(Collection<Long> unitIds, PageRequest page) {
        if (unitIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResult.of(PaperBatch.ofUnits(unitIds), page, Function.identity());
    }

    /** The first entry: while the batch is open, sheets not typed yet. */
    @Transactional
    public EntryResult enter(long id, List<SheetForm> rows) {
        PaperBatch b = locked(id);
        if (b.state != State.OPEN) {
            throw ProblemException.conflict("paper.not-open", "state", b.state.name());
        }
        List<PaperSheet> all = PaperSheet.ofBatch(id);
        List<Typed> typed = read(b, rows, sheetsOf(all, PaperSheet.FIRST).keySet(), false);
        store(b, PaperSheet.FIRST, typed);
        return new EntryResult(view(b), typed.size(), List.of());
    }

    /**
     * The second entry of a double-entry batch, by someone who typed none of the first: it starts once the first
     * is complete. The answer lists the sheets the two entries read differently, among those typed so far.
     */
    @Transactional
    public EntryResult verify(long id, List<SheetForm> rows) {
        PaperBatch b = locked(id);
        if (!b.doubleEntry) {
            throw ProblemException.conflict("paper.not-double", "state");
        }
        if (b.state != State.OPEN && b.state != State.VERIFYING) {
            throw ProblemException.conflict("paper.verify-closed", "state", b.state.name());
        }
        List<PaperSheet> all = PaperSheet.ofBatch(id);
        requireSecondTypist(all);
        Map<Integer, PaperSheet> first = sheetsOf(all, PaperSheet.FIRST);
        if (first.size() < b.sheetsDeclared) {
            throw ProblemException.conflict("paper.first-incomplete", "state", first.size(), b.sheetsDeclared);
        }
        List<Typed> typed = read(b, rows, sheetsOf(all, PaperSheet.SECOND).keySet(), false);
        store(b, PaperSheet.SECOND, typed);
        if (b.state == State.OPEN) {
            b.state = State.VERIFYING;
        }
        return new EntryResult(view(b), typed.size(), differences(PaperSheet.ofBatch(id)));
    }

    /** May the caller type the second entry of this batch (someone who typed none of the first)? */
    @Transactional
    public boolean maySecondEnter(long id) {
        PaperBatch b = permissions.requireBatch(PaperBatch.<PaperBatch>findById(id), id);
        return b.doubleEntry && (b.state == State.OPEN || b.state == State.VERIFYING)
                && PaperSheet.ofBatch(id).stream().noneMatch(s -> s.entry == PaperSheet.FIRST
                        && s.enteredBy.equals(user.username()));
    }

    /**
     * The reading that counts for a sheet: for a double entry one that the two entries read differently (after the
     * second entry of that sheet); for a single entry a correction of a typed sheet. Once per sheet, recorded with
     * who resolved it.
     */
    @Transactional
    public EntryResult resolve(long id, List<SheetForm> rows) {
        PaperBatch b = locked(id);
        if (b.state != State.OPEN && b.state != State.VERIFYING) {
            throw ProblemException.conflict("paper.count-state", "state", b.state.name());
        }
        List<PaperSheet> all = PaperSheet.ofBatch(id);
        Map<Integer, PaperSheet> resolved = sheetsOf(all, PaperSheet.RESOLUTION);
        List<Typed> typed = read(b, rows, resolved.keySet(), true);
        Map<Integer, PaperSheet> first = sheetsOf(all, PaperSheet.FIRST);
        Set<Integer> differing = differences(all).stream().map(Difference::sheet).collect(Collectors.toSet());
        List<ProblemException.Field> errors = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            int sheet = typed.get(i).sheet();
            if (!first.containsKey(sheet)) {
                errors.add(new ProblemException.Field("rows[" + i + "].sheet", "paper.not-entered", sheet));
            } else if (b.doubleEntry && !differing.contains(sheet)) {
                errors.add(new ProblemException.Field("rows[" + i + "].sheet", "paper.no-difference", sheet));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "paper.rows-invalid");
        }
        store(b, PaperSheet.RESOLUTION, typed);
        return new EntryResult(view(b), typed.size(), differences(PaperSheet.ofBatch(id)));
    }

    /**
     * Counts the batch: a single entry when its typist (or the regency's admin) closes it with every declared sheet
     * typed; a double entry once both entries are complete and every difference is resolved. Each sheet is stored
     * as one answer on the last collection day, and that day's totals are recounted if it was closed already.
     */
    @Transactional
    public BatchView count(long id) {
        PaperBatch b = locked(id);
        List<PaperSheet> all = PaperSheet.ofBatch(id);
        Map<Integer, PaperSheet> first = sheetsOf(all, PaperSheet.FIRST);
        if (b.doubleEntry) {
            if (b.state != State.VERIFYING && b.state != State.OPEN) {
                throw ProblemException.conflict("paper.count-state", "state", b.state.name());
            }
            int second = sheetsOf(all, PaperSheet.SECOND).size();
            if (first.size() < b.sheetsDeclared) {
                throw ProblemException.conflict("paper.first-incomplete", "state", first.size(), b.sheetsDeclared);
            }
            if (second < b.sheetsDeclared) {
                throw ProblemException.conflict("paper.second-incomplete", "state", second, b.sheetsDeclared);
            }
            long open = differences(all).stream().filter(d -> !d.resolved()).count();
            if (open > 0) {
                throw ProblemException.conflict("paper.unresolved", "state", open);
            }
        } else {
            if (b.state != State.OPEN) {
                throw ProblemException.conflict("paper.count-state", "state", b.state.name());
            }
            if (first.size() < b.sheetsDeclared) {
                throw ProblemException.conflict("paper.first-incomplete", "state", first.size(), b.sheetsDeclared);
            }
            boolean typist = first.values().stream().anyMatch(s -> s.enteredBy.equals(user.username()));
            if (!typist && !permissions.isRegionAdmin(b.regionId)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "paper.count-typist");
            }
        }
        Map<Integer, PaperSheet> resolution = sheetsOf(all, PaperSheet.RESOLUTION);
        int stored = 0;
        for (PaperSheet s : first.values()) {
            PaperSheet counts = resolution.getOrDefault(s.sheetNo, s);
            if (feedback.storeSurvey(b.serviceId, surveyOf(counts), Respondent.paper(b.id, s.sheetNo, countsOn(b)))
                    .isPresent()) {
                stored++;
            }
        }
        dailyTotals.refresh(b.serviceId, countsOn(b), countsOn(b));
        String before = b.state.name();
        b.state = State.COUNTED;
        b.countedBy = user.username();
        b.countedAt = Instant.now();
        audit.append(user.username(), "paper-count", AUDIT_TARGET, Long.toString(b.id), b.regionId,
                "counted: " + stored + " sheets on " + countsOn(b), before, "COUNTED");
        return view(b);
    }

    /**
     * Withdraws the batch with a reason (audited): a counted batch's answers leave the counts (and the staff lists)
     * and the days they were on are recounted; the batch and its sheets stay, marked withdrawn.
     */
    @Transactional
    public BatchView withdraw(long id, String reason) {
        PaperBatch b = locked(id);
        if (b.state == State.WITHDRAWN) {
            throw ProblemException.conflict("paper.withdrawn-already", "state");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw ProblemException.invalid("reason", "paper.reason-required");
        }
        int removed = 0;
        if (b.state == State.COUNTED) {
            try {
                removed = channelAnswers.withdraw(Origin.PAPER, b.id);
            } catch (PersistenceException e) { // an appraisal still holds one of the answers (an exclusion record)
                throw ProblemException.conflict("paper.withdraw-held", "state");
            }
        }
        String before = b.state.name();
        b.state = State.WITHDRAWN;
        b.withdrawnBy = user.username();
        b.withdrawnAt = Instant.now();
        b.withdrawnReason = why;
        audit.append(user.username(), "paper-withdraw", AUDIT_TARGET, Long.toString(b.id), b.regionId, why, before,
                "WITHDRAWN, " + removed + " answers removed");
        return view(b);
    }

    /** The day every sheet of the batch counts on: the last day of its collection. */
    static LocalDate countsOn(PaperBatch b) {
        return b.collectedTo;
    }

    // --- reading what was typed --------------------------------------------------------------------------------

    /**
     * Checks every row and answers them all, or refuses them all with one field error per wrong row (its index and
     * sheet number in the text, so a page can put it beside the sheet). {@code numbered}: the sheet number is
     * required (a resolution names the sheet it resolves).
     */
    List<Typed> read(PaperBatch b, List<SheetForm> rows, Set<Integer> taken, boolean numbered) {
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw ProblemException.invalid("rows", "paper.rows-count", MAX_ROWS);
        }
        List<ProblemException.Field> errors = new ArrayList<>();
        List<Typed> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int next = taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int i = 0; i < rows.size(); i++) {
            SheetForm r = rows.get(i);
            String at = "rows[" + i + "]";
            if (r == null) {
                errors.add(new ProblemException.Field(at, "paper.sheet-missing", i + 1));
                continue;
            }
            int sheet;
            if (r.sheet() == null) {
                if (numbered) {
                    errors.add(new ProblemException.Field(at + ".sheet", "paper.sheet-number", b.sheetsDeclared));
                    continue;
                }
                sheet = next;
            } else {
                sheet = r.sheet();
            }
            next = Math.max(next, sheet + 1);
            if (sheet < 1 || sheet > b.sheetsDeclared) {
                errors.add(new ProblemException.Field(at + ".sheet", "paper.sheet-number", b.sheetsDeclared));
                continue;
            }
            if (!seen.add(sheet)) {
                errors.add(new ProblemException.Field(at + ".sheet", "paper.sheet-twice", sheet));
                continue;
            }
            if (taken.contains(sheet)) {
                errors.add(new ProblemException.Field(at + ".sheet", "paper.sheet-entered", sheet));
                continue;
            }
            int[] answers = answers(r, sheet, at, errors);
            Profile profile = profile(r.profile(), sheet, at, errors);
            String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
            if (comment != null && comment.length() > MAX_COMMENT) {
                errors.add(new ProblemException.Field(at + ".comment", "paper.sheet-comment-long", sheet, MAX_COMMENT));
            }
            if (answers != null) {
                out.add(new Typed(sheet, answers, profile, comment));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "paper.rows-invalid");
        }
        return out;
    }

    /** The nine answers from the digits and/or the structured answers; null (with an error) when wrong. */
    static int[] answers(SheetForm r, int sheet, String at, List<ProblemException.Field> errors) {
        int[] fromDigits = null;
        if (r.digits() != null && !r.digits().isBlank()) {
            String d = r.digits().replaceAll("[\\s.-]", "");
            if (!d.chars().allMatch(c -> c >= '0' && c <= '9') || d.length() != 9) {
                errors.add(new ProblemException.Field(at + ".digits", "paper.sheet-digits", sheet,
                        d.chars().filter(Character::isDigit).count()));
                return null;
            }
            if (!d.chars().allMatch(c -> c >= '1' && c <= '4')) {
                errors.add(new ProblemException.Field(at + ".digits", "paper.sheet-digit-range", sheet));
                return null;
            }
            fromDigits = d.chars().map(c -> c - '0').toArray();
        }
        int[] fromAnswers = null;
        if (r.answers() != null && !r.answers().isEmpty()) {
            fromAnswers = new int[9];
            for (int i = 1; i <= 9; i++) {
                Integer a = r.answers().get("U" + i);
                if (a == null || a < 1 || a > 4) {
                    errors.add(new ProblemException.Field(at + ".answers.U" + i, "paper.sheet-answer", sheet, "U" + i));
                    return null;
                }
                fromAnswers[i - 1] = a;
            }
            if (r.answers().size() != 9) {
                errors.add(new ProblemException.Field(at + ".answers", "paper.sheet-answer-unknown", sheet));
                return null;
            }
        }
        if (fromDigits == null && fromAnswers == null) {
            errors.add(new ProblemException.Field(at + ".digits", "paper.sheet-missing", sheet));
            return null;
        }
        if (fromDigits != null && fromAnswers != null && !java.util.Arrays.equals(fromDigits, fromAnswers)) {
            errors.add(new ProblemException.Field(at + ".answers", "paper.sheet-mismatch", sheet));
            return null;
        }
        return fromDigits != null ? fromDigits : fromAnswers;
    }

    static Profile profile(Profile p, int sheet, String at, List<ProblemException.Field> errors) {
        if (p == null) {
            return null;
        }
        String age = code(p.ageBand(), Profile.AGE_BANDS, sheet, at + ".profile.ageBand", errors);
        String gender = code(p.gender(), Profile.GENDERS, sheet, at + ".profile.gender", errors);
        String education = code(p.education(), Profile.EDUCATIONS, sheet, at + ".profile.education", errors);
        String occupation = code(p.occupation(), Profile.OCCUPATIONS, sheet, at + ".profile.occupation", errors);
        if (age == null && gender == null && education == null && occupation == null) {
            return null;
        }
        return new Profile(age, gender, education, occupation);
    }

    private static String code(String value, String list, int sheet, String field, List<ProblemException.Field> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Profile.codes(list).contains(value)) {
            errors.add(new ProblemException.Field(field, "paper.sheet-profile", sheet));
            return null;
        }
        return value;
    }

    private static LocalDate date(String value, String field, List<ProblemException.Field> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new ProblemException.Field(field, "paper.date-required"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ProblemException.Field(field, "paper.date-required"));
            return null;
        }
    }

    private void store(PaperBatch b, int entry, List<Typed> typed) {
        Instant now = Instant.now();
        for (Typed t : typed) {
            PaperSheet s = new PaperSheet();
            s.batchId = b.id;
            s.entry = entry;
            s.sheetNo = t.sheet();
            s.answers(t.answers());
            if (t.profile() != null) {
                s.ageBand = t.profile().ageBand();
                s.gender = t.profile().gender();
                s.education = t.profile().education();
                s.occupation = t.profile().occupation();
            }
            s.comment = t.comment();
            s.enteredBy = user.username();
            s.enteredAt = now;
            s.persist();
        }
    }

    private void requireSecondTypist(List<PaperSheet> all) {
        if (all.stream().anyMatch(s -> s.entry == PaperSheet.FIRST && s.enteredBy.equals(user.username()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "paper.verify-other-person");
        }
    }

    private PaperBatch locked(long id) {
        return permissions.requireBatch(PaperBatch.locked(id).orElse(null), id);
    }

    private static SurveyForm surveyOf(PaperSheet s) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int[] a = s.answers();
        for (int i = 0; i < 9; i++) {
            answers.put("U" + (i + 1), a[i]);
        }
        return new SurveyForm(answers, profileOf(s), s.comment, Boolean.TRUE);
    }

    private static Profile profileOf(PaperSheet s) {
        if (s.ageBand == null && s.gender == null && s.education == null && s.occupation == null) {
            return null;
        }
        return new Profile(s.ageBand, s.gender, s.education, s.occupation);
    }

    private static Map<Integer, PaperSheet> sheetsOf(List<PaperSheet> all, int entry) {
        Map<Integer, PaperSheet> m = new TreeMap<>();
        for (PaperSheet s : all) {
            if (s.entry == entry) {
                m.put(s.sheetNo, s);
            }
        }
        return m;
    }

    // --- views -------------------------------------------------------------------------------------------------

    /** The sheets the two entries read differently, among those the second entry has typed; by sheet. */
    static List<Difference> differences(List<PaperSheet> all) {
        Map<Integer, PaperSheet> first = sheetsOf(all, PaperSheet.FIRST);
        Map<Integer, PaperSheet> resolution = sheetsOf(all, PaperSheet.RESOLUTION);
        List<Difference> out = new ArrayList<>();
        for (PaperSheet second : sheetsOf(all, PaperSheet.SECOND).values()) {
            PaperSheet one = first.get(second.sheetNo);
            if (one == null) {
                continue;
            }
            List<String> fields = differingFields(one, second);
            if (!fields.isEmpty()) {
                PaperSheet r = resolution.get(second.sheetNo);
                out.add(new Difference(second.sheetNo, fields, sheetView(one), sheetView(second),
                        r == null ? null : sheetView(r)));
            }
        }
        return out;
    }

    static List<String> differingFields(PaperSheet a, PaperSheet b) {
        List<String> fields = new ArrayList<>();
        int[] x = a.answers();
        int[] y = b.answers();
        for (int i = 0; i < 9; i++) {
            if (x[i] != y[i]) {
                fields.add("U" + (i + 1));
            }
        }
        if (!Objects.equals(a.ageBand, b.ageBand)) {
            fields.add("profile.ageBand");
        }
        if (!Objects.equals(a.gender, b.gender)) {
            fields.add("profile.gender");
        }
        if (!Objects.equals(a.education, b.education)) {
            fields.add("profile.education");
        }
        if (!Objects.equals(a.occupation, b.occupation)) {
            fields.add("profile.occupation");
        }
        if (!Objects.equals(a.comment, b.comment)) {
            fields.add("comment");
        }
        return fields;
    }

    static SheetView sheetView(PaperSheet s) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int[] a = s.answers();
        for (int i = 0; i < 9; i++) {
            answers.put("U" + (i + 1), a[i]);
        }
        return new SheetView(s.sheetNo, s.entry, s.digits(), answers, profileOf(s), s.comment, s.enteredBy,
                s.enteredAt);
    }

    /**
     * The batch as the caller may see it. Blind double entry: until the batch is counted or withdrawn, each entry's
     * rows are shown only to those who typed rows of it, and the differences only once the second entry is
     * complete (or to its typists, who have typed their reading already).
     */
    BatchView view(PaperBatch b) {
        List<PaperSheet> all = b.id == null ? List.of() : PaperSheet.ofBatch(b.id);
        boolean closed = b.state == State.COUNTED || b.state == State.WITHDRAWN;
        String me = user.username();
        Set<Integer> typedBy = all.stream().filter(s -> s.enteredBy.equals(me)).map(s -> s.entry)
                .collect(Collectors.toSet());
        Map<Integer, PaperSheet> first = sheetsOf(all, PaperSheet.FIRST);
        Map<Integer, PaperSheet> second = sheetsOf(all, PaperSheet.SECOND);
        List<SheetView> sheets = new ArrayList<>();
        for (PaperSheet s : all) {
            boolean visible = closed || !b.doubleEntry || s.entry == PaperSheet.RESOLUTION || typedBy.contains(s.entry);
            if (visible) {
                sheets.add(sheetView(s));
            }
        }
        List<Difference> differences = List.of();
        if (b.doubleEntry && (closed || second.size() >= b.sheetsDeclared || typedBy.contains(PaperSheet.SECOND))) {
            differences = differences(all);
        }
        int resolved = sheetsOf(all, PaperSheet.RESOLUTION).size();
        int unresolved = (int) differences.stream().filter(d -> !d.resolved()).count();
        long counted = b.id == null ? 0 : channelAnswers.count(Origin.PAPER, b.id);
        return new BatchView(b.id, b.serviceId, b.unitId, b.collectedFrom, b.collectedTo, b.collectedBy,
                b.sheetsDeclared, b.doubleEntry, b.state.name().toLowerCase(java.util.Locale.ROOT), b.createdBy,
                b.createdAt, first.size(), second.size(), resolved, unresolved, counted, countsOn(b), b.countedBy,
                b.countedAt, b.withdrawnBy, b.withdrawnAt, b.withdrawnReason, sheets, differences);
    }
}
