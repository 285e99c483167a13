package id.suarawarga.appraisal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.suarawarga.appraisal.AppraisalViews.PeriodView;
import id.suarawarga.appraisal.AppraisalViews.ScoreView;
import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.appraisal.score.Nip;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.shared.i18n.Texts;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A period's scores for HR's own files: CSV, XLSX and JSON, one row per unit with region code, unit code and
 * name, head of unit's NIP, scores, intervals, n, sufficiency, exclusions and the snapshot hash. Text cells that
 * begin with {@code = + - @}, a tab or a carriage return get a leading apostrophe, so a spreadsheet never runs a
 * unit name as a formula. The XLSX is written by hand (a zip of five small XML files, inline strings): no
 * spreadsheet library is on the allowed list, and this is all HR needs. Every export goes to the access log. The
 * head of unit's NIP the files show is recorded here too.
 */
@ApplicationScoped
public class AppraisalExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> COLUMNS = List.of("period", "region_code", "unit_code", "unit_name", "head_nip",
            "answers", "excluded", "respondents", "ratings", "ikm", "grade", "service_users", "sample_minimum",
            "representative", "evidence", "robust_score", "robust_low", "robust_high", "staff_conduct_score",
            "staff_conduct_low", "staff_conduct_high", "service_conditions_score", "service_conditions_low",
            "service_conditions_high", "snapshot_version", "snapshot_sha256", "answers_account", "answers_visit",
            "answers_kiosk", "answers_paper");

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Inject
    Periods periods;

    @Inject
    PeriodScores scores;

    @Inject
    AppraisalPermissions permissions;

    /**
     * A file for HR with the current scores (and the latest snapshot's hash); logged in the access log. A period
     * holds the units of its own regency only, and one outside the caller's regions is not found.
     */
    public record ExportFile(byte[] body, String type, String name) {
    }

    @Transactional
    public ExportFile export(long periodId, String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "json").contains(f)) {
            throw ProblemException.invalid("format", "appraisal.export-format");
        }
        PeriodView p = periods.period(periodId);
        List<ScoreView> all = scores.allScores(periodId);
        permissions.logExport(periodId, f);
        String name = "appraisal-" + p.code() + "." + f;
        return switch (f) {
            case "csv" -> new ExportFile(csv(p, all), "text/csv; charset=UTF-8", name);
            case "xlsx" -> new ExportFile(xlsx(p, all), XLSX, name);
            default -> new ExportFile(json(p, all), "application/json", name);
        };
    }

    /** Records (or clears, with null) the head of unit's NIP shown in exports; the structure is checked. */
    @Transactional
    public void recordHeadNip(long unitId, String nip) {
        String value = nip == null || nip.isBlank() ? null : nip.strip();
        Nip.Flaw flaw = value == null ? null : Nip.flaw(value);
        if (flaw != null) {
            throw ProblemException.invalid("nip", "appraisal.invalid-nip", new Texts.Text(switch (flaw) {
                case DIGITS -> "appraisal.nip.digits";
                case DATES -> "appraisal.nip.dates";
                case BIRTH_YEAR -> "appraisal.nip.birth-year";
                case APPOINTMENT -> "appraisal.nip.appointment";
                case GENDER -> "appraisal.nip.gender";
                case SEQUENCE -> "appraisal.nip.sequence";
            }));
        }
        long regionId = Region.idOfUnit(unitId)
                .orElseThrow(() -> ProblemException.notFound("appraisal.what.unit", unitId));
        permissions.requireHeadNipRecorder(regionId);
        if (!Unit.recordHeadNip(unitId, value)) {
            throw ProblemException.notFound("appraisal.what.unit", unitId);
        }
    }

    static List<Object> row(PeriodView p, ScoreView s) {
        List<Object> r = new ArrayList<>(COLUMNS.size());
        r.add(p.code());
        r.add(s.regionCode());
        r.add(s.unitCode());
        r.add(s.unitName());
        r.add(s.headNip());
        r.add(s.answers());
        r.add(s.excluded());
        r.add(s.respondents());
        r.add(s.ratings());
        r.add(s.ikm());
        r.add(s.grade());
        r.add(s.serviceUsers());
        r.add(s.sampleMinimum());
        r.add(s.representative());
        r.add(s.evidence());
        r.add(s.robustScore());
        r.add(s.robustLow());
        r.add(s.robustHigh());
        r.add(s.staffScore());
        r.add(s.staffLow());
        r.add(s.staffHigh());
        r.add(s.serviceScore());
        r.add(s.serviceLow());
        r.add(s.serviceHigh());
        r.add(p.snapshot() == null ? null : p.snapshot().version());
        r.add(p.snapshot() == null ? null : p.snapshot().sha256());
        for (Answer.Origin o : Answer.Origin.values()) {
            r.add(s.byOrigin().get(o.code()));
        }
        return r;
    }

    /** Formula injection: a text cell starting with = + - @ TAB or CR is prefixed with an apostrophe. */
    static String neutralise(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    static byte[] csv(PeriodView p, List<ScoreView> scores) {
        StringBuilder b = new StringBuilder("\uFEFF"); // BOM: Excel then reads UTF-8 names right
        b.append(String.join(",", COLUMNS)).append("\r\n");
        for (ScoreView s : scores) {
            List<Object> r = row(p, s);
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvCell(r.get(i)));
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Number || o instanceof Boolean) {
            return o instanceof BigDecimal d ? d.toPlainString() : o.toString();
        }
        String s = neutralise(o.toString());
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.startsWith("'")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static byte[] json(PeriodView p, List<ScoreView> scores) {
        List<Map<String, Object>> units = new ArrayList<>();
        for (ScoreView s : scores) {
            List<Object> r = row(p, s);
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 1; i < COLUMNS.size() - 2; i++) {
                Object v = r.get(i);
                m.put(COLUMNS.get(i), v instanceof String t ? neutralise(t) : v);
            }
            units.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("period", p.code());
        doc.put("status", p.status());
        doc.put("minRespondents", p.minRespondents());
        doc.put("priorWeight", p.priorWeight());
        doc.put("interval", "Wilson 95%");
        doc.put("snapshot", p.snapshot());
        doc.put("runSha256", p.runSha256());
        doc.put("units", units);
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(PeriodView p, List<ScoreView> scores) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(xml(p.code())));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            StringBuilder sheet = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            sheet.append(xlsxRow(1, new ArrayList<>(COLUMNS)));
            int n = 2;
            for (ScoreView s : scores) {
                sheet.append(xlsxRow(n++, row(p, s)));
            }
            sheet.append("</sheetData></worksheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String xlsxRow(int n, List<Object> cells) {
        StringBuilder b = new StringBuilder("<row r=\"").append(n).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            Object o = cells.get(i);
            if (o == null) {
                continue;
            }
            String ref = column(i) + n;
            if (o instanceof Number num) {
                b.append("<c r=\"").append(ref).append("\"><v>")
                        .append(num instanceof BigDecimal d ? d.toPlainString() : num.toString()).append("</v></c>");
            } else if (o instanceof Boolean bool) {
                b.append("<c r=\"").append(ref).append("\" t=\"b\"><v>").append(bool ? 1 : 0).append("</v></c>");
            } else {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(xml(neutralise(o.toString()))).append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    static String column(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
