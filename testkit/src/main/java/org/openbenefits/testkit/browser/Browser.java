package org.openbenefits.testkit.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium driven through chromedriver, with the look-ups a person would make:
 * a field by its label, a button by its text, the visible main heading.
 *
 * <p>When Chromium or chromedriver is missing the test is skipped with the command that installs them,
 * except under CI (environment variable {@code CI=true}), where a missing browser fails the build.
 *
 * <p>The pages' security policies are in force, as for people: whatever the Content-Security-Policy or the
 * Permissions-Policy refuses (an inline script or style, a file from elsewhere, an unknown feature) is reported on
 * the browser's console, and fails the test at the next {@link #go}, at {@link #close} or at
 * {@link #assertNoPolicyViolations}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM_CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVER_CANDIDATES = List.of("/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");

    /** What Chromium writes on the console when a page's policy refuses something. */
    private static final List<String> POLICY_MESSAGES = List.of("Content Security Policy", "Content-Security-Policy",
            "Permissions-Policy", "Permissions Policy");

    private final ChromeDriver driver;
    private final Path profileDir;
    private final List<String> violations = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
    }

    /** Starts a fresh headless browser with an empty profile, French first in its accepted languages. */
    public static Browser open() {
        String chromium = locate("chromium.binary", CHROMIUM_CANDIDATES);
        String chromedriver = locate("webdriver.chrome.driver", DRIVER_CANDIDATES);
        if (chromium == null || chromedriver == null) {
            String reason = "Headless Chromium and chromedriver are needed for browser tests: "
                    + "sudo apt-get install -y chromium chromium-driver (or set -Dchromium.binary and -Dwebdriver.chrome.driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        try {
            Path profile = Files.createTempDirectory("openbenefits-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=fr-FR",
                    "--user-data-dir=" + profile);
            LoggingPreferences console = new LoggingPreferences();
            console.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, console);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // Bootstrap scrolls smoothly; Chromium would click a button below the fold before it got there.
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile folder", e);
        }
    }

    private static String locate(String property, List<String> candidates) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> candidates.stream().filter(c -> new File(c).canExecute()).findFirst())
                .orElse(null);
    }

    /** Opens {@code url}, after checking that the pages seen so far broke none of their policies. */
    public Browser go(String url) {
        assertNoPolicyViolations();
        driver.get(url);
        return this;
    }

    /** Fails if a page seen so far had something refused by its Content-Security-Policy or Permissions-Policy. */
    public Browser assertNoPolicyViolations() {
        readConsole();
        if (!violations.isEmpty()) {
            List<String> found = List.copyOf(violations);
            violations.clear();
            throw new AssertionError("The browser refused what a page's policy forbids:\n" + String.join("\n", found));
        }
        return this;
    }

    private void readConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (POLICY_MESSAGES.stream().anyMatch(message::contains)) {
                violations.add(message);
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The text of the first visible {@code h1}, as a person reads it. */
    public String heading() {
        return driver.findElements(By.tagName("h1")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No visible <h1> on " + driver.getCurrentUrl()));
    }

    /** The form control that a {@code <label>} with exactly this visible text points to. */
    public WebElement field(String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
        if (labels.isEmpty()) {
            throw new AssertionError("No label '" + label + "' on " + driver.getCurrentUrl());
        }
        String target = labels.getFirst().getAttribute("for");
        if (target == null || target.isBlank()) {
            return labels.getFirst().findElement(By.xpath(".//input|.//select|.//textarea"));
        }
        return driver.findElement(By.id(target));
    }

    /** Clears the field with this label and types the text. */
    public Browser fill(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the button or link whose visible text (or accessible label) is exactly this text. */
    public Browser click(String text) {
        String literal = xpathLiteral(text);
        driver.findElement(By.xpath("(//button|//a|//input[@type='submit'])[normalize-space(.)=" + literal
                + " or @aria-label=" + literal + " or @value=" + literal + "]")).click();
        return this;
    }

    /** The visible text of the whole page; while a page is being replaced by the next, the next one's. */
    public String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                if (attempt == 20) {
                    throw replaced;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the page shows this text, up to ten seconds. */
    public Browser waitForText(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!text().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' did not appear on " + driver.getCurrentUrl() + "; the page shows:\n" + text());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** Saves a PNG of the current page, for a person to look at. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write screenshot " + file, e);
        }
    }

    /** Quits the browser, then fails if a page broke one of its policies since the last check. */
    @Override
    public void close() {
        try {
            try {
                readConsole();
            } catch (RuntimeException unreadable) {
                // the browser is gone already: there is nothing more to read
            }
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser refused what a page's policy forbids:\n" + String.join("\n", violations));
        }
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }
}
