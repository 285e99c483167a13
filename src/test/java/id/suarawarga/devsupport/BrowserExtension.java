package id.suarawarga.devsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link Chrome} per test class annotated {@link WithBrowser} and quits it after the class: the set-up
 * each browser test class used to carry in its own {@code @BeforeAll}/{@code @AfterAll}.
 *
 * <p>The browser is handed out through {@code static} fields and parameters, not instance fields:
 * {@code @QuarkusTest} runs the tests on an instance of its own, which an extension never sees, but it shares the
 * class and so its statics.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        List<Field> fields = chromeFields(context.getRequiredTestClass());
        if (fields.isEmpty()) {
            return; // only parameters ask for it: started at the first one
        }
        Chrome chrome = chrome(context);
        for (Field field : fields) {
            field.set(null, chrome);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        for (Field field : chromeFields(context.getRequiredTestClass())) {
            field.set(null, null);
        }
        Chrome chrome = context.getStore(NAMESPACE).remove(Chrome.class, Chrome.class);
        if (chrome != null) {
            chrome.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chrome.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return chrome(classContext);
    }

    /** The class's browser, started at the first call. */
    private static Chrome chrome(ExtensionContext classContext) {
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        Chrome chrome = store.get(Chrome.class, Chrome.class);
        if (chrome == null) {
            boolean javascript = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), WithBrowser.class)
                    .map(WithBrowser::javascript).orElse(true);
            chrome = Chrome.start(javascript);
            store.put(Chrome.class, chrome);
        }
        return chrome;
    }

    private static List<Field> chromeFields(Class<?> testClass) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() != Chrome.class) {
                    continue;
                }
                if (!Modifier.isStatic(field.getModifiers())) {
                    throw new ExtensionConfigurationException(c.getSimpleName() + "." + field.getName()
                            + " must be static: @QuarkusTest runs the tests on an instance that @WithBrowser never sees");
                }
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }
}
