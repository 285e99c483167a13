package id.suarawarga.devsupport;

import java.net.URL;
import java.util.Set;
import org.htmlunit.CookieManager;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;

/** A JavaScript-less browser (HtmlUnit) that logs in through the real Keycloak login form. */
public final class Browser {

    private Browser() {
    }

    public static WebClient open() {
        WebClient browser = new WebClient();
        browser.setCookieManager(new LoopbackSecureCookies());
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        return browser;
    }

    /** Opens a protected page, which sends the browser to Keycloak; logs in there (password = username). */
    public static HtmlPage loginAt(WebClient browser, URL protectedPage, String username) throws Exception {
        HtmlPage login = browser.getPage(protectedPage);
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(username);
        return submit(form);
    }

    /** Submits a form with its first submit control, as a person pressing the button would. */
    public static HtmlPage submit(HtmlForm form) throws Exception {
        loopbackIsSecure(form.getPage().getWebClient());
        HtmlElement button = form.getFirstByXPath(".//*[@id='kc-login' or @type='submit']");
        return button.click();
    }

    /**
     * The portal in production marks its cookies Secure, also when a test runs the packaged app on
     * http://127.0.0.1, and sets them on redirects a test cannot stop between. Real browsers treat loopback as a
     * secure context and send them; this jar hands them out as a browser would (WebClient asks the jar for its
     * cookies on every request).
     */
    static final class LoopbackSecureCookies extends CookieManager {
        @Override
        public synchronized Set<Cookie> getCookies() {
            Set<Cookie> out = new java.util.LinkedHashSet<>();
            for (Cookie c : super.getCookies()) {
                boolean loopback = "127.0.0.1".equals(c.getDomain()) || "localhost".equals(c.getDomain());
                out.add(c.isSecure() && loopback ? new Cookie(c.getDomain(), c.getName(), c.getValue(), c.getPath(),
                        c.getExpires(), false, c.isHttpOnly(), c.getSameSite()) : c);
            }
            return java.util.Collections.unmodifiableSet(out);
        }
    }

    /**
     * Keycloak marks its cookies Secure even on http://127.0.0.1. Real browsers treat loopback as a secure
     * context and send them; HtmlUnit does not, so we do what the browser would.
     */
    public static void loopbackIsSecure(WebClient browser) {
        CookieManager jar = browser.getCookieManager();
        for (Cookie c : Set.copyOf(jar.getCookies())) {
            if (c.isSecure() && ("127.0.0.1".equals(c.getDomain()) || "localhost".equals(c.getDomain()))) {
                jar.removeCookie(c);
                jar.addCookie(new Cookie(c.getDomain(), c.getName(), c.getValue(), c.getPath(), c.getExpires(), false,
                        c.isHttpOnly(), c.getSameSite()));
            }
        }
    }
}
