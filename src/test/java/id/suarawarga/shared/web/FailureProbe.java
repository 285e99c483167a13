package id.suarawarga.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoints (src/test: never packaged) that fail the way a bug would, with the caller's text inside the
 * failure: a parse error quoting it, and a real database error quoting it (a duplicate key within one INSERT, so
 * nothing is written). {@link WebSecurityTest} checks what the caller gets and what the log shows.
 */
@Path("/test-probe")
public class FailureProbe {

    @Inject
    EntityManager em;

    @GET
    @Path("failure")
    @PermitAll
    @Operation(hidden = true)
    @Transactional
    public String page(@QueryParam("kind") String kind, @QueryParam("text") String text) {
        return fail(kind, text);
    }

    /** The same under /api (JAX-RS picks the resource class by its own path first: a class of its own). */
    @Path("/api/v1/test-probe")
    public static class Api {

        @Inject
        EntityManager em;

        @GET
        @Path("failure")
        @PermitAll
        @Operation(hidden = true)
        @Transactional
        public String api(@QueryParam("kind") String kind, @QueryParam("text") String text) {
            return fail(em, kind, text);
        }
    }

    private String fail(String kind, String text) {
        return fail(em, kind, text);
    }

    static String fail(EntityManager em, String kind, String text) {
        if ("sql".equals(kind)) {
            em.createNativeQuery("""
                    INSERT INTO region (code, name, type, province)
                    SELECT ?1, 'probe', 'KOTA', 'probe' UNION ALL SELECT ?1, 'probe', 'KOTA', 'probe'""")
                    .setParameter(1, text).executeUpdate();
            return "unreachable";
        }
        return Integer.toString(Integer.parseInt(text)); // NumberFormatException: For input string: "<text>"
    }
}
