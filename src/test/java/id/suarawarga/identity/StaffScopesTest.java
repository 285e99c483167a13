package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Staff scopes (issue 15, ADR 0019) with real Keycloak tokens: the operator ({@code admin1}) grants anywhere,
 * including admin scopes; a regency's admin ({@code admin.kepahiang}) grants officer, moderator and HR scopes inside
 * Kepahiang only, sees only Kepahiang's part of a person's scopes, and cannot grant admins. Every change is in the
 * audit log of each region it touches, with the reason.
 */
@QuarkusTest
class StaffScopesTest {

    @Inject
    DataSource dataSource;

    static int unitId(String region, String code) {
        return given().when().get("/api/v1/regions/" + region + "/units?size=100").then().statusCode(200)
                .extract().path("items.find { it.code == '" + code + "' }.id");
    }

    @Test
    void aRegionalAdminGrantsInsideTheirRegencyOnly() throws Exception {
        String operator = Tokens.of("admin1");
        String kepahiangAdmin = Tokens.of("admin.kepahiang");
        String person = "petugas.scope" + System.nanoTime();
        int kepahiangUnit = unitId("1708", "1708-DUKCAPIL");
        int mamujuUnit = unitId("7602", "7602-DUKCAPIL");
        String officer = "/api/v1/staff/" + person + "/scopes/officer";

        // The operator gives the person a unit in each regency.
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(kepahiangUnit, mamujuUnit), "reason", "SK penugasan 1"))
                .when().put(officer).then().statusCode(200)
                .body("scopes.unit.code", equalTo(List.of("1708-DUKCAPIL", "7602-DUKCAPIL")));

        // Kepahiang's admin sees only the Kepahiang part, and may not name a Mamuju unit (unknown to them: 422).
        given().auth().oauth2(kepahiangAdmin).when().get("/api/v1/staff/" + person + "/scopes").then().statusCode(200)
                .body("scopes.unit.code", equalTo(List.of("1708-DUKCAPIL")));
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(mamujuUnit), "reason", "coba"))
                .when().put(officer).then().statusCode(422).body("errors.field", hasItem("unitIds"));

        // Removing "all" of the person's units as Kepahiang's admin removes Kepahiang's only.
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(), "reason", "mutasi"))
                .when().put(officer).then().statusCode(200).body("scopes", equalTo(List.of()));
        given().auth().oauth2(operator).when().get("/api/v1/staff/" + person + "/scopes").then().statusCode(200)
                .body("scopes.unit.code", equalTo(List.of("7602-DUKCAPIL")));

        // HR and moderator scopes are regions: Kepahiang yes, Mamuju unknown; admin scopes are the operator's.
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("regions", List.of("1708"), "reason", "BKPSDM Kepahiang"))
                .when().put("/api/v1/staff/" + person + "/scopes/hr").then().statusCode(200)
                .body("scopes.find { it.role == 'hr' }.region.code", equalTo("1708"));
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("regions", List.of("7602"), "reason", "coba"))
                .when().put("/api/v1/staff/" + person + "/scopes/moderator").then().statusCode(422)
                .body("errors.field", hasItem("regions"));
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("regions", List.of("1708"), "reason", "coba"))
                .when().put("/api/v1/staff/" + person + "/scopes/admin").then().statusCode(403);
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("regions", List.of("1708"), "reason", "SK Bupati"))
                .when().put("/api/v1/staff/" + person + "/scopes/admin").then().statusCode(200)
                .body("scopes.role", hasItem("admin"));

        // Bad requests say what is wrong.
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("regions", List.of("1708"), "reason", "x"))
                .when().put(officer).then().statusCode(422).body("errors.field", hasItem("regions"));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(kepahiangUnit)))
                .when().put(officer).then().statusCode(422).body("errors.field", hasItem("reason"));
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("regions", List.of("1708"), "reason", "x"))
                .when().put("/api/v1/staff/" + person + "/scopes/bupati").then().statusCode(422)
                .body("errors.field", hasItem("role"));

        // The list of a region's staff: Kepahiang's admin lists Kepahiang, Mamuju is unknown to them.
        given().auth().oauth2(kepahiangAdmin).when().get("/api/v1/staff-scopes?region=1708&role=hr&size=100").then()
                .statusCode(200).body("items.username", hasItem(person)).body("items.username", hasItem("hr.kepahiang"))
                .body("items.username", not(hasItem("hr.mamuju")));
        given().auth().oauth2(kepahiangAdmin).when().get("/api/v1/staff-scopes?region=7602").then().statusCode(422);
        given().auth().oauth2(kepahiangAdmin).when().get("/api/v1/staff-scopes?size=100").then().statusCode(200)
                .body("items.region.code", not(hasItem("7602")));

        // Audited per region, with who, before, after and why.
        List<String[]> audit = audit(person);
        assertTrue(audit.stream().anyMatch(a -> a[0].equals("admin1") && a[1].equals("1708")
                && a[2].equals("officer units=[]") && a[3].equals("officer units=[1708-DUKCAPIL]") && a[4].equals("SK penugasan 1")),
                "the operator's grant in Kepahiang: " + describe(audit));
        assertTrue(audit.stream().anyMatch(a -> a[0].equals("admin1") && a[1].equals("7602")
                && a[3].equals("officer units=[7602-DUKCAPIL]")), describe(audit));
        assertTrue(audit.stream().anyMatch(a -> a[0].equals("admin.kepahiang") && a[1].equals("1708")
                && a[2].equals("officer units=[1708-DUKCAPIL]") && a[3].equals("officer units=[]") && a[4].equals("mutasi")),
                describe(audit));
        assertEquals(5, audit.size(), "two grants, one removal, hr, admin; nothing for the refused ones: " + describe(audit));
    }

    @Test
    void nobodyButAdminsReadsOrChangesScopes() {
        for (String user : List.of("warga1", "petugas.dukcapil", "moderator1", "hr1", "hr.kepahiang")) {
            given().auth().oauth2(Tokens.of(user)).when().get("/api/v1/staff/hr1/scopes").then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                    .body(Map.of("regions", List.of("1708"), "reason", "x"))
                    .when().put("/api/v1/staff/" + user + "/scopes/hr").then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).when().get("/api/v1/staff-scopes").then().statusCode(403);
        }
        given().when().get("/api/v1/staff-scopes").then().statusCode(401);
        // The demo's scopes as the operator sees them.
        given().auth().oauth2(Tokens.of("admin1")).when().get("/api/v1/staff/hr1/scopes").then().statusCode(200)
                .body("scopes.region.code", equalTo(List.of("1708", "7602", "9901")));
    }

    private List<String[]> audit(String username) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT a.actor, r.code, a.before_state, a.after_state, a.reason FROM audit_log a
                JOIN region r ON r.id = a.region_id WHERE a.action = ? AND a.target_type = ? AND a.target_id = ?
                ORDER BY a.id""")) {
            s.setString(1, StaffScopes.AUDIT_ACTION);
            s.setString(2, StaffScopes.AUDIT_TARGET);
            s.setString(3, username);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
            return rows;
        }
    }

    private static String describe(List<String[]> rows) {
        return rows.stream().map(r -> String.join(" | ", r)).toList().toString();
    }
}
