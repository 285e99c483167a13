package id.suarawarga.devsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class gets one headless Chromium ({@link Chrome}), quit after its last test, through
 * {@link BrowserExtension}: in every {@code static Chrome} field (started before the first test, so
 * {@code @BeforeAll} methods can set it up further) and every {@code Chrome} parameter of its test and lifecycle
 * methods (started at the first such parameter). Put it after {@code @QuarkusTest}, so the portal is up first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
public @interface WithBrowser {

    /** Whether pages may run JavaScript; off, they must work as plain HTML forms. */
    boolean javascript() default true;
}
