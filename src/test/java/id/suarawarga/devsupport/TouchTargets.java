package id.suarawarga.devsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * Touch targets of at least 44×44 CSS px (the bar issue 7 sets, above WCAG 2.2's 24 px minimum): buttons,
 * button-like links, navigation links, form fields, and for a radio button or check box the label that carries
 * it. Links inside running text and the breadcrumb trail are exempt, as WCAG exempts inline targets.
 */
public final class TouchTargets {

    static final String MEASURE = "var small = [];"
            + "document.querySelectorAll('button, .button, select, textarea, summary, nav a, input:not([type=hidden])')"
            + ".forEach(function (e) {"
            + "  if (e.closest('.crumbs') || e.classList.contains('skip') || e.closest('[hidden]')) { return; }"
            + "  var box = e;"
            + "  if (e.type === 'radio' || e.type === 'checkbox') {"
            + "    box = e.closest('label') || document.querySelector('label[for=\"' + e.id + '\"]') || e; }"
            + "  var r = box.getBoundingClientRect();"
            + "  if (r.width === 0 && r.height === 0) { return; }"
            + "  if (r.height < 44 || r.width < 44) {"
            + "    small.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : ''))"
            + "      + ' ' + (e.textContent || '').trim().slice(0, 30) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)); }"
            + "});"
            + "return small;";

    private TouchTargets() {
    }

    public static void assertLargeEnough(Chrome chrome, String page) {
        assertEquals(List.of(), chrome.script(MEASURE), page + ": touch targets smaller than 44×44 px");
    }
}
