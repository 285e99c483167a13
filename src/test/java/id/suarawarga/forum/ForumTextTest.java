package id.suarawarga.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Markdown subset and its sanitiser, without the app. */
class ForumTextTest {

    @Test
    void theSubsetRendersParagraphsEmphasisListsLinksAndQuotes() {
        String html = ForumText.render("Halo *warga* dan **petugas**\n\n- satu\n- dua\n\n> kutipan\n\n[standar](https://example.go.id/sp)");
        assertTrue(html.contains("<p>Halo <em>warga</em> dan <strong>petugas</strong></p>"), html);
        assertTrue(html.contains("<ul><li>satu</li><li>dua</li></ul>") || html.contains("<li>satu</li>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        var link = java.util.regex.Pattern.compile("<a href=\"https://example.go.id/sp\" rel=\"([a-z ]+)\">standar</a>")
                .matcher(html);
        assertTrue(link.find(), html);
        // The sanitiser writes the rel tokens in no fixed order.
        assertEquals(java.util.Set.of("nofollow", "ugc", "noopener"), java.util.Set.of(link.group(1).split(" ")), html);
    }

    @Test
    void headingsAndCodeBlocksAreNotPartOfTheSubset() {
        String html = ForumText.render("# Judul besar\n\n    kode");
        assertFalse(html.contains("<h1"), html);
        assertFalse(html.contains("<pre"), html);
    }

    @Test
    void rawHtmlNeverPassesAndDangerousLinksLoseTheirHref() {
        String[] attacks = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)><circle/></svg>",
            "[klik](javascript:alert(1))",
            "[klik](JaVaScRiPt:alert(1))",
            "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<scr<script>ipt>alert(1)</script>",
            "<div style=\"background:url(javascript:alert(1))\">x",
            "<iframe src=https://evil.example></iframe>",
            "![x](https://evil.example/x.png \"onerror=alert(1)\")",
            "[x](https://a.example\" onmouseover=\"alert(1))",
        };
        for (String a : attacks) {
            String html = ForumText.render(a).toLowerCase();
            assertFalse(html.contains("<script"), a + " -> " + html);
            assertFalse(html.contains("<img"), a + " -> " + html);
            assertFalse(html.contains("<svg"), a + " -> " + html);
            assertFalse(html.contains("<iframe"), a + " -> " + html);
            assertFalse(html.contains("href=\"javascript"), a + " -> " + html);
            assertFalse(html.contains("href=\"data:"), a + " -> " + html);
            assertFalse(html.matches("(?s).*<[^>]*\\son[a-z]+=.*"), a + " -> " + html);
            assertFalse(html.contains("style="), a + " -> " + html);
        }
    }

    @Test
    void directionAndInvisibleCharactersAreRemoved() {
        assertEquals("abcgnp.exe", ForumText.title("abc\u202Egnp.exe\u200B"));
        assertEquals("x y", ForumText.title("x\ny"));
    }

    @Test
    void tooLongTextIsRefusedBeforeParsing() {
        assertThrows(IllegalArgumentException.class, () -> ForumText.render("a".repeat(ForumText.BODY_MAX + 1)));
    }

    @Test
    void linksAreDetectedForReview() {
        assertTrue(ForumText.hasLink("lihat https://x.example"));
        assertTrue(ForumText.hasLink("[a](b)"));
        assertFalse(ForumText.hasLink("tanpa tautan"));
    }
}
