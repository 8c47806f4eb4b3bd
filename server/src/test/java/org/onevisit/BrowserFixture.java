package org.onevisit;

import java.io.IOException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one browser of a {@link BrowserTest} class: opened at the first test that asks for it, on the port of the
 * class's server, closed after the class; cleared before each test, photographed after a failed one.
 */
final class BrowserFixture implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {

    private static final ExtensionContext.Namespace BROWSER = ExtensionContext.Namespace.create(BrowserFixture.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "Chromium is not installed at /usr/bin/chromium");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        OpenBrowser open = context.getParent().orElseThrow().getStore(BROWSER).get(OpenBrowser.class, OpenBrowser.class);
        if (open != null) {
            open.chrome().startAfresh();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        OpenBrowser open = context.getParent().orElseThrow().getStore(BROWSER).get(OpenBrowser.class, OpenBrowser.class);
        if (open != null && context.getExecutionException().isPresent()) {
            open.chrome().screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HeadlessChromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(BROWSER).computeIfAbsent(OpenBrowser.class, type -> open(classContext),
                OpenBrowser.class).chrome();
    }

    private static OpenBrowser open(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        BrowserTest settings = AnnotatedElementUtils.findMergedAnnotation(testClass, BrowserTest.class);
        int height = settings == null ? 1200 : settings.windowHeight();
        String port = SpringExtension.getApplicationContext(classContext).getEnvironment().getProperty("local.server.port");
        try {
            return new OpenBrowser(HeadlessChromium.open(Integer.parseInt(port), height));
        } catch (IOException e) {
            throw new IllegalStateException("Chromium could not be started", e);
        }
    }

    /** Closed by JUnit with the class's store. */
    private record OpenBrowser(HeadlessChromium chrome) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            chrome.close();
        }
    }
}
