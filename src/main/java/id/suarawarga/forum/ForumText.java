package id.suarawarga.forum;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Forum text: the safe Markdown subset (paragraphs, emphasis, lists, links, quotes) rendered on the server and
 * then passed through an allow-list sanitiser. Two walls, so that a parser quirk alone lets nothing through:
 * CommonMark escapes raw HTML instead of passing it, and the OWASP policy keeps only the listed elements, only
 * http(s)/mailto links, and gives every link {@code rel="nofollow ugc noopener"}. Plain Java, no framework.
 */
public final class ForumText {

    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 10_000;

    /** Headings, code blocks, HTML blocks and rules are not part of the subset: they parse as paragraphs. */
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "a", "code")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    /**
     * Characters that reorder or hide text (bidi overrides and isolates, zero-width joiners, other controls but
     * newline and tab): a title could otherwise read differently from what it says.
     */
    private static final Pattern TRICKS = Pattern.compile(
            "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\]\\s*\\()");

    private ForumText() {
    }

    /** NFC, without control and direction-changing characters, line ends as {@code \n}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return TRICKS.matcher(s).replaceAll("");
    }

    /** A title: one line, trimmed, cleaned. */
    public static String title(String title) {
        return title == null ? null : clean(title).replace('\n', ' ').replace('\t', ' ').strip();
    }

    /** Markdown → HTML that is safe to insert into a page as is. Call only on text within {@link #BODY_MAX}. */
    public static String render(String markdown) {
        if (markdown.length() > BODY_MAX) {
            throw new IllegalArgumentException("body over " + BODY_MAX + " characters: check before rendering");
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(clean(markdown))));
    }

    /** Whether the text carries a link (new accounts' links are held for review). */
    public static boolean hasLink(String text) {
        return text != null && LINK.matcher(text).find();
    }
}
