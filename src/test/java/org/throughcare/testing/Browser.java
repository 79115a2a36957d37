package org.throughcare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) driving the running application,
 * with a fresh profile each time, explicit waits (never sleeps) and an axe-core accessibility check
 * against WCAG 2.2 A and AA.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final int port;

    public Browser(int port) {
        this.port = port;
        try {
            profile = Files.createTempDirectory("throughcare-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(TestTokens.base(port) + path);
        return this;
    }

    /**
     * Signs in through the sign-in page and waits for the page after it: first for the sign-in page
     * to be gone (its heading could otherwise be taken for the next page's, or vanish while read).
     */
    public Browser signIn(String username, String password) {
        open("/sign-in");
        type(By.id("username"), username);
        type(By.id("password"), password);
        WebElement form = driver.findElement(By.cssSelector("form[action='/sign-in']"));
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitUntilGone(form);
        waitFor(By.tagName("h1"));
        return this;
    }

    public Browser signIn(String username) {
        return signIn(username, TestTokens.DEMO_PASSWORD);
    }

    /** Types into a visible field, starting again (from an empty field) if the page changed meanwhile. */
    public Browser type(By field, String text) {
        whilePageSettles(d -> {
            WebElement element = d.findElement(field);
            if (!element.isDisplayed()) {
                return null;
            }
            element.clear();
            element.sendKeys(text);
            return element;
        });
        return this;
    }

    /** Waits for a visible element; one that goes stale while checked (the page changing) is looked up again. */
    public WebElement waitFor(By what) {
        return whilePageSettles(d -> {
            WebElement element = d.findElement(what);
            return element.isDisplayed() ? element : null;
        });
    }

    /** Waits until the element's text contains the words (htmx swaps arrive asynchronously). */
    public WebElement waitForText(By what, String text) {
        return whilePageSettles(d -> {
            WebElement element = d.findElement(what);
            return element.getText().contains(text) ? element : null;
        });
    }

    /** Waits until the condition holds (for example, focus has moved). */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    /**
     * The visible element's text, read inside the wait: a page still being replaced after a click
     * can hand back an element that goes stale before its text is read, and that is tried again.
     */
    public String text(By what) {
        return whilePageSettles(d -> {
            WebElement element = d.findElement(what);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /**
     * Waits for a value, looking again while the page is being replaced: an element found in the
     * old page goes stale, or Chrome reports that its node "does not belong to the document".
     */
    private <T> T whilePageSettles(Function<WebDriver, T> look) {
        return new WebDriverWait(driver, WAIT) // which already looks again while the element is missing
                .until(d -> {
                    try {
                        return look.apply(d);
                    } catch (WebDriverException e) {
                        if (isFromAPageGone(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Waits until the element's page has been replaced. */
    private void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (isFromAPageGone(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Chrome's two ways of saying an element belonged to a page that has since been replaced. */
    private static boolean isFromAPageGone(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /**
     * Saves a screenshot when {@code -Dthroughcare.screenshots=<folder>} is given, for people to
     * look at the pages; tests never depend on it.
     */
    public void snapshot(String name) {
        String folder = System.getProperty("throughcare.screenshots");
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WCAG 2.2 A and AA violations axe-core finds on the page: rule id and how many elements. */
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('error: ' + e));");
        return violations(String.valueOf(result));
    }

    private static List<String> violations(String json) {
        if (json.startsWith("error")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        try {
            List<String> found = new ArrayList<>();
            for (JsonNode violation : new ObjectMapper().readTree(json)) {
                found.add(violation.get("id").asText() + " ("
                        + violation.get("nodes").size() + "): "
                        + violation.get("nodes").get(0).get("html").asText());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream axe = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe-core is not on the test class path (see pom.xml)");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
