package id.suarawarga.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.RawHttp;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 7: a client that goes away mid-request (a phone losing signal, a load generator stopping) is
 * not an incident, and a request refused before routing does not add a metric series per raw path.
 */
@QuarkusTest
class ClientAbortTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aClientThatGoesAwayIsNeitherAnIncidentNorAServerError() throws Exception {
        String token = Tokens.of("warga1");
        long service = serviceId();
        String target = "/api/v1/services/" + service + "/surveys";
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (int i = 0; i < 10; i++) {
                String body = "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,\"U8\":4,\"U9\":4}}";
                // Half a body, then gone; a whole request, then gone before the answer (reset, not FIN).
                abort(target, token, body, body.length() / 2);
                abort(target, token, body, body.length());
                abort("/services/" + service + "/survey", null, "", 0);
            }
            Thread.sleep(2_000);
        } finally {
            root.removeHandler(capture);
        }
        List<String> errors = records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
        assertTrue(errors.isEmpty(), "no ERROR for clients that went away: " + errors);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher serverError = Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"5\\d\\d\"[^}]*uri=\"/(api/v1/)?services/\\{id\\}/surveys?\"")
                .matcher(metrics);
        assertFalse(serverError.find(), "no 5xx counted for the survey paths: " + (serverError.find(0) ? serverError.group() : ""));
    }

    @Test
    void aBodyRefusedForItsSizeIsCountedInOneBucket() {
        long service = serviceId();
        for (String target : List.of("/api/v1/services/" + service + "/surveys", "/services/" + (service + 1) + "/survey")) {
            RawHttp.Answer a = RawHttp.send(base.getPort(), "POST", target, List.of("Content-Type: application/json"),
                    new byte[70 * 1024]);
            assertEquals(413, a.status(), a.toString());
        }
        RawHttp.Answer english = RawHttp.send(base.getPort(), "POST", "/api/v1/services/" + service + "/surveys",
                List.of("Content-Type: application/json", "Accept-Language: en"), new byte[70 * 1024]);
        assertTrue(english.body().contains("\"detail\":\"Body larger than 64 KiB\""), english.body());
        RawHttp.Answer page = RawHttp.send(base.getPort(), "POST", "/services/" + service + "/survey",
                List.of("Content-Type: application/x-www-form-urlencoded"), new byte[70 * 1024]);
        assertTrue(page.body().contains("Data terlalu besar") && !page.body().contains("Payload too large"), page.body());
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("uri=\"/api/v1/services/" + service + "/surveys\""), "no series per raw path");
        assertFalse(metrics.contains("uri=\"/services/" + (service + 1) + "/survey\""), "no series per raw path");
        assertTrue(Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"413\"[^}]*uri=\"" + RequestHygiene.TOO_LARGE_BUCKET + "\"")
                .matcher(metrics).find(), "413s in one bucket");
    }

    private static long serviceId() {
        List<Integer> ids = given().when().get("/api/v1/regions/1708/units?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        for (Integer unit : ids) {
            List<Integer> services = given().when().get("/api/v1/units/" + unit + "/services?size=100").then()
                    .statusCode(200).extract().jsonPath().getList("items.id");
            if (!services.isEmpty()) {
                return services.get(0);
            }
        }
        throw new AssertionError("no demo service in region 1708");
    }

    /** Sends the head and {@code send} bytes of the body, then resets the connection without reading. */
    private void abort(String target, String token, String body, int send) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
            head.append("Idempotency-Key: abort-").append(UUID.randomUUID()).append("\r\n");
            head.append("Content-Type: application/json\r\n");
        } else {
            head.append("Content-Type: application/x-www-form-urlencoded\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", base.getPort()), 5_000);
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, send);
            out.flush();
            Thread.sleep(send == bytes.length ? 5 : 50);
        }
    }
}
