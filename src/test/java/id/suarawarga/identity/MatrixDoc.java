package id.suarawarga.identity;

import id.suarawarga.identity.AuthorizationMatrixTest.Row;
import java.util.List;

/** {@code docs/security/authorization-matrix.md}, rendered from the checked-in table: the one source of both. */
final class MatrixDoc {

    private MatrixDoc() {
    }

    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder("""
                # Authorization matrix

                <!-- GENERATED from src/test/resources/security/authorization-matrix.tsv by AuthorizationMatrixTest. Do not edit:
                     change the table, then regenerate with
                     ./mvnw -B verify -Dtest=AuthorizationMatrixTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dmatrix.write=true -->

                Who may call what. Every operation of the live OpenAPI document (`/q/openapi`: the JSON API under
                `/api/v1` and the server-rendered pages and forms) is called as each of nine roles against real
                Keycloak and MariaDB by `AuthorizationMatrixTest`, on objects it makes for the run, and every cell must
                match this table; an operation without a row fails the build, and so does a row without an operation.
                Check it with:

                ```
                ./mvnw -B verify -Dtest=AuthorizationMatrixTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
                ```

                ## Roles (columns)

                | column | who |
                |---|---|
                | anonymous | no credentials |
                | citizen | a fresh citizen account; it wrote the run's thread, reply and unit rating (its "own" objects) |
                | officer | `petugas.dukcapil`, officer of 1708-DUKCAPIL, the unit the run's feedback, services and appraisal draft belong to |
                | other-officer | a fresh officer account assigned to 7602-DUKCAPIL only (an officer of region B: every unit of region A is another's) |
                | moderator | a fresh moderator account whose staff scope is region A (Kepahiang, 1708) only |
                | hr | `hr.kepahiang`, HR (BKPSDM) of region A only |
                | other-hr | `hr.mamuju`, HR of region B (Mamuju, 7602) only: every appraisal object of the run is another regency's |
                | admin | `admin.kepahiang`, admin of region A: Kepahiang and, for the run, the run's scratch region (granted by the operator through the staff-scope API, taken back at the end) |
                | operator | `admin1`, the portal operator: admin in every region, the only role above regions |

                Region A is Kepahiang (1708), where the run's unit, feedback, threads and appraisal period are. The run
                also makes, as the operator, a scratch region with a unit, a service and a forum for catalogue changes
                that must not touch the demo data, and grants the admin column's `admin.kepahiang` its admin scope for
                the run, so the regional admin is seen acting in their own region; a second scratch region (rows marked
                "another region") is nobody's but the operator's. Region B is Mamuju (7602): the other officer's unit,
                a comment on it and a Mamuju period in review (rows marked "region B"). ADR 0019 says what "outside
                the scope" answers: 404 for what is not public, 403 for the public catalogue.

                The API is called with a bearer access token (password grant through the `suarawarga-cli` client).
                Pages do not accept bearer tokens: they are called with the session cookie a browser gets from the real
                Keycloak login form, and every form POST carries a valid CSRF token, so a refusal is the role check's
                and never the CSRF check's.

                ## Cells

                | cell | API | pages |
                |---|---|---|
                | `allow` | 2xx or 3xx | 2xx, or a redirect that is not to the login |
                | `refused` | passed the role check, refused by a business rule: 400, 409, 422, 429, or 403 with a problem type other than `forbidden` | 400, 409, 422, 429 |
                | `not-found` | 404 (passed the role check) | 404 |
                | `login` | 401 `unauthenticated` | a redirect to Keycloak's login (`…/protocol/openid-connect/auth`) or 401 |
                | `deny` | 403 `forbidden` | 403 page |

                A `deny` of a role the endpoint's annotation admits is an object-level refusal (another unit's feedback,
                another person's post): the note says which check. Rows with a `[variant]` repeat an operation on
                another object to show such a case.

                ## Matrix

                | operation | anonymous | citizen | officer | other-officer | moderator | hr | other-hr | admin | operator | note |
                |---|---|---|---|---|---|---|---|---|---|---|
                """);
        for (Row r : rows) {
            out.append("| `").append(r.key()).append('`');
            if (r.variant() != null) {
                out.append(" [").append(r.variant()).append(']');
            }
            for (String role : AuthorizationMatrixTest.ROLES) {
                out.append(" | ").append(r.expected().get(role));
            }
            out.append(" | ").append(r.note().equals("-") ? "" : r.note().replace("|", "\\|")).append(" |\n");
        }
        out.append("""

                ## Adding an endpoint

                Add one line to `src/test/resources/security/authorization-matrix.tsv` (tab-separated: the operation,
                the nine cells, `args`, `body`, `note`), then regenerate this document. A path parameter gets the
                run's object by the path segment before it (`/units/{id}` → the officer's unit, `/posts/{id}` → the
                citizen's reply, …); `args` overrides it (`id=${freshPost}`) and adds a query (`?format=csv`); `body` is
                the JSON (API) or `a=1&b=2` form (pages) with `${…}` placeholders; see `MatrixFixture`.
                """);
        return out.toString();
    }
}
