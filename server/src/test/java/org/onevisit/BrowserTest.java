package org.onevisit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test class that drives the pages of the whole application, on a random port, in one headless Chromium shared by
 * its tests: a test or a {@code @BeforeEach} method takes a {@link HeadlessChromium} parameter. Each test starts
 * logged out with an empty console; a failed test leaves a screenshot of what the browser showed in
 * {@code target/screenshots}. The class is skipped where Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFixture.class)
public @interface BrowserTest {

    /** The browser window's height in pixels (its width is 1366), so that the screenshots show a whole page. */
    int windowHeight() default 1200;
}
