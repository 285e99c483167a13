package id.suarawarga.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The catalogue API against the real database, starting from the seeded regencies. */
@QuarkusTest
class CatalogueApiTest {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000_000L);

    private static String code(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON);
    }

    /** The admin of Kepahiang (1708) only; admin1 is the operator, above every region. */
    private static RequestSpecification kepahiangAdmin() {
        return given().auth().oauth2(Tokens.of("admin.kepahiang")).contentType(ContentType.JSON);
    }

    @Test
    void seededRegenciesAreListedWithTheirUnitsAndServices() {
        given().when().get("/api/v1/regions?size=100")
                .then().statusCode(200)
                .body("items.code", hasItems("1708", "7602", "9901"))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
        int unitId = given().when().get("/api/v1/regions/1708/units?size=100")
                .then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo("1708")))
                .body("items.code", hasItem("1708-DUKCAPIL"))
                .extract().path("items.find { it.code == '1708-DUKCAPIL' }.id");
        given().when().get("/api/v1/units/" + unitId + "/services")
                .then().statusCode(200)
                .body("items.name", hasItem("Penerbitan KTP-el"))
                .body("items.unitId", everyItem(equalTo(unitId)));
    }

    @Test
    void pagesAreBoundedAndBadPageParametersAre422() {
        given().when().get("/api/v1/regions/1708/units?size=1000").then().statusCode(200).body("size", equalTo(100));
        given().when().get("/api/v1/regions/1708/units?size=2&page=1")
                .then().statusCode(200).body("items", hasSize(2)).body("page", equalTo(1)).body("total", greaterThanOrEqualTo(12));
        given().when().get("/api/v1/regions/1708/units?page=5000").then().statusCode(200).body("items", hasSize(0))
                .body("total", greaterThanOrEqualTo(12));
        for (String bad : List.of("page=-1", "size=0", "page=abc", "size=1e9", "page=99999999")) {
            given().when().get("/api/v1/regions/1708/units?" + bad)
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:suarawarga:problem:validation"));
        }
    }

    @Test
    void unknownIdsAre404Problems() {
        given().when().get("/api/v1/regions/0000/units").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:suarawarga:problem:not-found"));
        given().when().get("/api/v1/units/987654321").then().statusCode(404);
        given().when().get("/api/v1/services/987654321").then().statusCode(404);
    }

    @Test
    void adminCreatesReadsAndUpdatesRegionUnitAndService() {
        String region = code("R");
        admin().body("""
                {"code":"%s","name":"Kota Uji","type":"KOTA","province":"Bengkulu"}""".formatted(region))
                .when().post("/api/v1/regions")
                .then().statusCode(201).header("Location", notNullValue()).body("code", equalTo(region));
        admin().body("""
                {"code":"%s","name":"Kota Uji Baru","type":"KOTA","province":"Bengkulu"}""".formatted(region))
                .when().put("/api/v1/regions/" + region)
                .then().statusCode(200).body("name", equalTo("Kota Uji Baru"));

        String parentCode = code("U");
        int parentId = admin().body("""
                {"code":"%s","name":"Dinas Kesehatan","type":"DINAS","regionCode":"%s"}""".formatted(parentCode, region))
                .when().post("/api/v1/units")
                .then().statusCode(201).body("parentId", equalTo(null)).extract().path("id");
        String childCode = code("U");
        int childId = admin().body("""
                {"code":"%s","name":"Puskesmas Uji","type":"PUSKESMAS","regionCode":"%s","parentId":%d}"""
                .formatted(childCode, region, parentId))
                .when().post("/api/v1/units")
                .then().statusCode(201).body("parentId", equalTo(parentId)).extract().path("id");
        given().when().get("/api/v1/units/" + childId).then().statusCode(200).body("code", equalTo(childCode));

        // A unit cannot become its own ancestor.
        admin().body("""
                {"code":"%s","name":"Dinas Kesehatan","type":"DINAS","regionCode":"%s","parentId":%d}"""
                .formatted(parentCode, region, childId))
                .when().put("/api/v1/units/" + parentId)
                .then().statusCode(422).body("errors.field", hasItem("parentId"));

        String service = code("S");
        int serviceId = admin().body("""
                {"code":"%s","name":"Imunisasi","unitId":%d,"standardUrl":"https://example.go.id/sp"}"""
                .formatted(service, childId))
                .when().post("/api/v1/services")
                .then().statusCode(201).extract().path("id");
        admin().body("""
                {"code":"%s","name":"Imunisasi Dasar","unitId":%d,"description":"Untuk bayi."}""".formatted(service, childId))
                .when().put("/api/v1/services/" + serviceId)
                .then().statusCode(200).body("name", equalTo("Imunisasi Dasar")).body("standardUrl", equalTo(null));
        given().when().get("/api/v1/services/" + serviceId).then().statusCode(200)
                .body("description", equalTo("Untuk bayi.")).body("unitId", equalTo(childId));
    }

    @Test
    void invalidBodiesAre422NamingEveryBadField() {
        admin().body("{\"code\":\"bad code!\",\"name\":\"\",\"type\":\"KOTA\"}")
                .when().post("/api/v1/regions")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:suarawarga:problem:validation"))
                .body("errors.field", hasItems("code", "name", "province"));
        admin().body("{\"code\":\"X1\",\"name\":\"n\",\"type\":\"DESA\",\"province\":\"p\"}")
                .when().post("/api/v1/regions")
                .then().statusCode(422).body("errors.field", hasItem("type"));
        admin().body("{\"code\":\"%s\",\"name\":\"n\",\"type\":\"DINAS\",\"regionCode\":\"nope\"}".formatted(code("U")))
                .when().post("/api/v1/units")
                .then().statusCode(422).body("errors.field", hasItem("regionCode"));
        admin().body("{\"code\":\"%s\",\"name\":\"n\",\"unitId\":1,\"standardUrl\":\"javascript:alert(1)\"}".formatted(code("S")))
                .when().post("/api/v1/services")
                .then().statusCode(422).body("errors.field", hasItem("standardUrl"));
        admin().body("{\"code\": ").when().post("/api/v1/regions")
                .then().statusCode(400).body("type", equalTo("urn:suarawarga:problem:malformed-json"));
        admin().when().post("/api/v1/regions").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void refusalsSpeakOneLanguageIndonesianByDefaultEnglishWhenAsked() {
        String bad = "{\"code\":\"bad code!\",\"name\":\"n\",\"type\":\"DINAS\",\"regionCode\":\"nope\"}";
        admin().body(bad).when().post("/api/v1/units")
                .then().statusCode(422)
                .body("errors.find { it.field == 'code' }.message",
                        equalTo("hanya huruf, angka, titik, garis bawah dan tanda hubung"));
        admin().header("Accept-Language", "en").body(bad).when().post("/api/v1/units")
                .then().statusCode(422)
                .body("errors.find { it.field == 'code' }.message", equalTo("letters, digits, '.', '_', '-' only"));
        String unknownRegion = "{\"code\":\"%s\",\"name\":\"n\",\"type\":\"DINAS\",\"regionCode\":\"nope\"}"
                .formatted(code("U"));
        admin().body(unknownRegion).when().post("/api/v1/units")
                .then().statusCode(422).body("errors.find { it.field == 'regionCode' }.message",
                        equalTo("Wilayah tidak dikenal: nope"));
        admin().header("Accept-Language", "en").body(unknownRegion).when().post("/api/v1/units")
                .then().statusCode(422).body("errors.find { it.field == 'regionCode' }.message",
                        equalTo("Unknown region: nope"));
    }

    @Test
    void aParentInAnotherRegionIsRefused() {
        int kepahiangDinkes = given().when().get("/api/v1/regions/1708/units?size=100")
                .then().extract().path("items.find { it.code == '1708-DINKES' }.id");
        admin().body("""
                {"code":"%s","name":"Puskesmas Salah","type":"PUSKESMAS","regionCode":"7602","parentId":%d}"""
                .formatted(code("U"), kepahiangDinkes))
                .when().post("/api/v1/units")
                .then().statusCode(422).body("errors.field", hasItem("parentId"));
    }

    @Test
    void duplicateCodesAre409() {
        admin().body("{\"code\":\"1708\",\"name\":\"Kepahiang\",\"type\":\"KABUPATEN\",\"province\":\"Bengkulu\"}")
                .when().post("/api/v1/regions")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:suarawarga:problem:conflict"));
        admin().body("{\"code\":\"1708-DUKCAPIL\",\"name\":\"x\",\"type\":\"DINAS\",\"regionCode\":\"1708\"}")
                .when().post("/api/v1/units")
                .then().statusCode(409);
        String region = code("R");
        admin().body("{\"code\":\"%s\",\"name\":\"A\",\"type\":\"KOTA\",\"province\":\"p\"}".formatted(region))
                .when().post("/api/v1/regions").then().statusCode(201);
        // Renaming a region's code onto an existing one is a conflict too.
        admin().body("{\"code\":\"9901\",\"name\":\"A\",\"type\":\"KOTA\",\"province\":\"p\"}")
                .when().put("/api/v1/regions/" + region).then().statusCode(409);
    }

    @Test
    void unicodeNamesRoundTrip() {
        String name = "Dinas Pemberdayaan Perempuan & Anak — Ŝéndí 🙂 \"kutip\" <b>";
        String unitCode = code("U");
        int id = admin().body(java.util.Map.of("code", unitCode, "name", name, "type", "DINAS", "regionCode", "9901"))
                .when().post("/api/v1/units")
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/units/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void onlyTheOperatorCreatesRegionsAndARegionalAdminChangesOnlyTheirOwnRegion() {
        kepahiangAdmin().body("""
                {"code":"%s","name":"Kota Lain","type":"KOTA","province":"Bengkulu"}""".formatted(code("R")))
                .when().post("/api/v1/regions")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:suarawarga:problem:forbidden"))
                .body("detail", equalTo("Hanya operator portal yang dapat menambah wilayah"));
        kepahiangAdmin().header("Accept-Language", "en").body("""
                {"code":"%s","name":"Kota Lain","type":"KOTA","province":"Bengkulu"}""".formatted(code("R")))
                .when().post("/api/v1/regions")
                .then().statusCode(403).body("detail", equalTo("Only the portal operator may add regions"));

        kepahiangAdmin().body(regionBody("7602")).when().put("/api/v1/regions/7602")
                .then().statusCode(403).body("detail", equalTo("Hanya admin wilayah 7602 yang dapat mengubah katalognya"));
        kepahiangAdmin().body(regionBody("1708")).when().put("/api/v1/regions/1708")
                .then().statusCode(200).body("code", equalTo("1708"));
        admin().body(regionBody("7602")).when().put("/api/v1/regions/7602").then().statusCode(200);
    }

    @Test
    void aRegionalAdminEditsTheirOwnUnitsButNotAnotherRegionsNorMovesOneThere() {
        int mamujuUnit = unitId("7602", "7602-DIKBUD");
        int kepahiangUnit = unitId("1708", "1708-DIKBUD");
        kepahiangAdmin().body(unitBody(mamujuUnit, "7602", "Dinas Pendidikan Diubah"))
                .when().put("/api/v1/units/" + mamujuUnit)
                .then().statusCode(403).body("type", equalTo("urn:suarawarga:problem:forbidden"));
        given().when().get("/api/v1/units/" + mamujuUnit).then().body("name", equalTo("Dinas Pendidikan dan Kebudayaan"));
        kepahiangAdmin().body("""
                {"code":"%s","name":"Dinas Baru","type":"DINAS","regionCode":"7602"}""".formatted(code("U")))
                .when().post("/api/v1/units").then().statusCode(403);
        // Moving Kepahiang's unit to Mamuju needs an admin of both.
        kepahiangAdmin().body(unitBody(kepahiangUnit, "7602", null)).when().put("/api/v1/units/" + kepahiangUnit)
                .then().statusCode(403);
        given().when().get("/api/v1/units/" + kepahiangUnit).then().body("regionCode", equalTo("1708"));

        String name = given().when().get("/api/v1/units/" + kepahiangUnit).then().extract().path("name");
        kepahiangAdmin().body(unitBody(kepahiangUnit, "1708", name + " (uji)")).when().put("/api/v1/units/" + kepahiangUnit)
                .then().statusCode(200).body("name", equalTo(name + " (uji)"));
        kepahiangAdmin().body(unitBody(kepahiangUnit, "1708", name)).when().put("/api/v1/units/" + kepahiangUnit)
                .then().statusCode(200).body("name", equalTo(name));
        admin().body(unitBody(mamujuUnit, "7602", null)).when().put("/api/v1/units/" + mamujuUnit).then().statusCode(200);
    }

    @Test
    void aRegionalAdminEditsTheirOwnServicesButNotAnotherRegionsNorMovesOneThere() {
        int mamujuUnit = unitId("7602", "7602-DUKCAPIL");
        int mamujuService = given().when().get("/api/v1/units/" + mamujuUnit + "/services")
                .then().extract().path("items[0].id");
        int kepahiangService = given().when().get("/api/v1/units/" + unitId("1708", "1708-DUKCAPIL") + "/services")
                .then().extract().path("items[0].id");
        kepahiangAdmin().body(serviceBody(mamujuService, null)).when().put("/api/v1/services/" + mamujuService)
                .then().statusCode(403).body("type", equalTo("urn:suarawarga:problem:forbidden"));
        kepahiangAdmin().body(java.util.Map.of("code", code("S"), "name", "Layanan Lain", "unitId", mamujuUnit))
                .when().post("/api/v1/services").then().statusCode(403);
        java.util.Map<String, Object> moved = serviceBody(kepahiangService, null);
        moved.put("unitId", mamujuUnit);
        kepahiangAdmin().body(moved).when().put("/api/v1/services/" + kepahiangService).then().statusCode(403);

        kepahiangAdmin().body(serviceBody(kepahiangService, null)).when().put("/api/v1/services/" + kepahiangService)
                .then().statusCode(200).body("id", equalTo(kepahiangService));
        admin().body(serviceBody(mamujuService, null)).when().put("/api/v1/services/" + mamujuService).then().statusCode(200);
    }

    private static int unitId(String region, String code) {
        return given().when().get("/api/v1/regions/" + region + "/units?size=100")
                .then().statusCode(200).extract().path("items.find { it.code == '" + code + "' }.id");
    }

    /** The region as it is, to send back unchanged. */
    private static java.util.Map<String, Object> regionBody(String code) {
        var r = given().when().get("/api/v1/regions/" + code).then().statusCode(200).extract().jsonPath();
        return new java.util.HashMap<>(java.util.Map.of("code", code, "name", r.getString("name"),
                "type", r.getString("type"), "province", r.getString("province")));
    }

    /** The unit as it is, in {@code region} and under {@code name} when given (a moved unit leaves its parent). */
    private static java.util.Map<String, Object> unitBody(int id, String region, String name) {
        var u = given().when().get("/api/v1/units/" + id).then().statusCode(200).extract().jsonPath();
        var body = new java.util.HashMap<String, Object>(java.util.Map.of("code", u.getString("code"),
                "name", name == null ? u.getString("name") : name, "type", u.getString("type"), "regionCode", region));
        if (u.get("address") != null) {
            body.put("address", u.getString("address"));
        }
        if (u.get("parentId") != null && region.equals(u.getString("regionCode"))) {
            body.put("parentId", u.getLong("parentId"));
        }
        return body;
    }

    private static java.util.Map<String, Object> serviceBody(int id, String name) {
        var v = given().when().get("/api/v1/services/" + id).then().statusCode(200).extract().jsonPath();
        var body = new java.util.HashMap<String, Object>(java.util.Map.of("code", v.getString("code"),
                "name", name == null ? v.getString("name") : name, "unitId", v.getLong("unitId")));
        if (v.get("description") != null) {
            body.put("description", v.getString("description"));
        }
        if (v.get("standardUrl") != null) {
            body.put("standardUrl", v.getString("standardUrl"));
        }
        return body;
    }
}
