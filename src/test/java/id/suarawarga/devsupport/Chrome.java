package id.suarawarga.devsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code bin/install-browser}) at a cheap phone's viewport, 360×740, with a fresh profile. Start one per test
 * class, through {@link WithBrowser}, which closes it after the class: starting it takes about a second.
 *
 * <p>Screenshots go to {@code target/screenshots/} on every run, for a person to review. The network can be cut
 * and restored through the DevTools protocol ({@link #offline(boolean)}), as a phone losing its signal.
 */
public final class Chrome implements AutoCloseable {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 740;
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    private Chrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Chromium with JavaScript on, as most phones have it. */
    public static Chrome start() {
        return start(true);
    }

    /** Chromium with JavaScript on or off (off: the pages must work as plain HTML forms). */
    public static Chrome start(boolean javascript) {
        File chromium = executable("SW_CHROMIUM", "/usr/bin/chromium");
        File chromedriver = executable("SW_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("sw-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Flags from docs/operations.md: as root Chromium needs --no-sandbox, and without the background-network
        // flags it tries (and fails) to reach Google's services, which would also spoil the page-weight figures.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=id-ID", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // The window of headless Chromium is 360×740; this makes the layout viewport exactly that, as on a phone.
        Chrome chrome = new Chrome(driver, profile);
        chrome.viewport(WIDTH, HEIGHT);
        return chrome;
    }

    /** The layout viewport in CSS px, as a phone of that size (or a wider screen zoomed in) would have it. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Whether the page is wider than the viewport, i.e. the reader must scroll sideways. */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }

    private static File executable(String env, String fallback) {
        File file = new File(DevSupport.env(env, fallback));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing: run bin/install-browser (Debian packages chromium "
                    + "and chromium-driver), or point " + env + " at it");
        }
        return file;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(URL url) {
        driver.get(url.toString());
    }

    public String path() {
        try {
            return new URL(driver.getCurrentUrl()).getPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Waits until the browser shows this path (after redirects, scripts, a restored connection). */
    public void awaitPath(String path) {
        await(d -> path.equals(path()));
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Cuts the network (every request fails at once) or restores it, through DevTools network emulation. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Forgets every cookie of every site (the portal's session and Keycloak's): the next visitor is new. */
    public void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Logs in on Keycloak's form, which the browser must be showing (password = username for demo users). */
    public void keycloakLogin(String username, String password) {
        await(d -> !d.findElements(By.id("kc-form-login")).isEmpty());
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("kc-login")).click();
    }

    /**
     * Opens a page that wants a login, logs in on the Keycloak form it leads to (password = username, as for the
     * demo users) and waits until the browser is back on that page.
     */
    public void loginAt(URL page, String username) {
        open(page);
        keycloakLogin(username, username);
        awaitPath(page.getPath());
    }

    /**
     * From Keycloak's login form, follows "Register" and creates a citizen account (self-registration gives the
     * citizen role only).
     */
    public void keycloakRegister(String username, String password) {
        await(d -> !d.findElements(By.id("kc-form-login")).isEmpty());
        find(By.xpath("//a[contains(@href,'registration')]")).click();
        await(d -> !d.findElements(By.id("kc-register-form")).isEmpty());
        find(By.id("username")).sendKeys(username);
        find(By.id("email")).sendKeys(username + "@warga.example");
        find(By.id("firstName")).sendKeys("Warga");
        find(By.id("lastName")).sendKeys("Baru");
        find(By.id("password")).sendKeys(password);
        find(By.id("password-confirm")).sendKeys(password);
        find(By.cssSelector("#kc-register-form [type=submit]")).click();
    }

    /**
     * A page as a person meets it on a phone: the viewport is {@link #WIDTH} px and nothing scrolls sideways,
     * axe-core finds nothing serious, the page speaks {@code lang} only, every target is thumb-sized; then a
     * screenshot {@code <name>-<lang>.png}.
     */
    public void inspect(String name, String lang) {
        String page = name + "-" + lang;
        org.junit.jupiter.api.Assertions.assertEquals(WIDTH,
                ((Number) script("return document.documentElement.clientWidth")).intValue());
        org.junit.jupiter.api.Assertions.assertFalse(scrollsSideways(), page + " scrolls sideways");
        Axe.assertNoSeriousViolations(this, page);
        Languages.assertOneLanguage(this, lang, page);
        TouchTargets.assertLargeEnough(this, page);
        screenshot(page);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path dir = DevSupport.projectDir().resolve("target/screenshots");
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            DevSupport.deleteRecursively(profile);
        }
    }
}
