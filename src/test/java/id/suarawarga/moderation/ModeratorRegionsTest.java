package id.suarawarga.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.identity.StaffScopes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An admin sets the regions a moderator moderates, by region code; each change is audited with before/after;
 * nobody else may read or change it.
 */
@QuarkusTest
class ModeratorRegionsTest {

    @Inject
    DataSource dataSource;

    @Inject
    ModeratorRegions moderatorRegions;

    @Test
    void adminSetsAModeratorsRegionsAndEveryChangeIsAudited() throws Exception {
        String admin = Tokens.of("admin1");
        String name = "moderator.uji" + System.nanoTime();
        String path = "/api/v1/moderators/" + name + "/regions";

        given().auth().oauth2(admin).when().get(path).then().statusCode(200)
                .body("username", equalTo(name)).body("regions", equalTo(List.of()));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("regions", List.of("7602", "1708", "7602")))
                .when().put(path).then().statusCode(200).body("regions.code", equalTo(List.of("1708", "7602")));
        assertEquals(2, moderatorRegions.of(name).size());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("regions", List.of("9901")))
                .when().put(path).then().statusCode(200).body("regions.code", equalTo(List.of("9901")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("regions", List.of("9901", "0000")))
                .when().put(path).then().statusCode(422).body("errors.field", hasItem("regions"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .when().put(path).then().statusCode(422);
        given().auth().oauth2(admin).when().get(path).then().statusCode(200).body("regions.code", equalTo(List.of("9901")));
        given().auth().oauth2(admin).when().get("/api/v1/moderators/bad%20name/regions").then().statusCode(422);

        // Staff scopes (issue 15) audit a change once per region it touches, so that each region's log has it.
        List<String[]> entries = audit(name);
        assertEquals(5, entries.size(), "one audit entry per region of each successful change, none for the refused one");
        assertTrue(entries.stream().allMatch(e -> e[0].equals("admin1")));
        assertEquals(Set.of("moderator regions=[] -> moderator regions=[1708]", "moderator regions=[] -> moderator regions=[7602]"),
                Set.of(line(entries.get(0)), line(entries.get(1))));
        assertEquals(Set.of("moderator regions=[1708] -> moderator regions=[]", "moderator regions=[7602] -> moderator regions=[]",
                "moderator regions=[] -> moderator regions=[9901]"),
                Set.of(line(entries.get(2)), line(entries.get(3)), line(entries.get(4))));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("regions", List.of()))
                .when().put(path).then().statusCode(200).body("regions", equalTo(List.of()));
        assertTrue(moderatorRegions.of(name).isEmpty());
        assertEquals("moderator regions=[9901] -> moderator regions=[]", line(audit(name).get(5)));
    }

    private static String line(String[] entry) {
        return entry[1] + " -> " + entry[2];
    }

    @Test
    void onlyAdminsReadOrChangeModeratorsRegions() {
        String path = "/api/v1/moderators/moderator1/regions";
        for (String user : List.of("warga1", "warga2", "petugas.dukcapil", "moderator1", "hr1")) {
            given().auth().oauth2(Tokens.of(user)).when().get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(Map.of("regions", List.of("1708")))
                    .when().put(path).then().statusCode(403);
        }
        given().when().get(path).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("regions", List.of("1708"))).when().put(path).then().statusCode(401);
        given().auth().oauth2(Tokens.of("admin1")).when().get(path).then().statusCode(200)
                .body("regions.code", equalTo(List.of("1708", "7602", "9901")));
    }

    private List<String[]> audit(String username) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, before_state, after_state FROM audit_log WHERE action = ? AND target_type = ? AND target_id = ? ORDER BY id")) {
            s.setString(1, StaffScopes.AUDIT_ACTION);
            s.setString(2, StaffScopes.AUDIT_TARGET);
            s.setString(3, username);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return rows;
        }
    }
}
