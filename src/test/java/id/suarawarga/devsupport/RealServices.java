package id.suarawarga.devsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares {@link RealServicesTestResource} for every {@code @QuarkusTest} in the module: being an annotated class
 * on the test class path is enough, and {@code restrictToAnnotatedClass = false} makes it global, so the whole
 * test run shares one database and one Keycloak.
 */
@QuarkusTestResource(value = RealServicesTestResource.class, restrictToAnnotatedClass = false)
public final class RealServices {

    private RealServices() {
    }
}
