package id.suarawarga.devsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of the live OpenAPI document ({@code /q/openapi}), so that tests walking "every endpoint" see a
 * new endpoint the moment it is added instead of relying on a hand-kept list.
 */
public final class ApiEndpoints {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    /** One operation: the HTTP method (upper case), the path template, its path parameters and body media types. */
    public record Endpoint(String method, String path, List<String> pathParams, List<String> queryParams,
            List<String> requestMediaTypes) {

        /** {@code "GET /api/v1/regions/{id}"}: the key tests use in their tables. */
        public String key() {
            return method + " " + path;
        }

        /** The path with each parameter replaced from {@code values} (missing ones fail loudly). */
        public String expand(Map<String, String> values) {
            Matcher m = PATH_PARAM.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = values.get(m.group(1));
                if (v == null) {
                    throw new IllegalArgumentException("No value for {" + m.group(1) + "} in " + key());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(v));
            }
            m.appendTail(out);
            return out.toString();
        }

        public boolean hasBody() {
            return !requestMediaTypes.isEmpty();
        }
    }

    private ApiEndpoints() {
    }

    /** The operations of the running test app, sorted by path then method. */
    public static List<Endpoint> fromRunningApp() {
        String json = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static List<Endpoint> parse(String openApiJson) {
        try {
            JsonNode paths = new ObjectMapper().readTree(openApiJson).path("paths");
            List<Endpoint> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    List<String> pathParams = new ArrayList<>();
                    Matcher m = PATH_PARAM.matcher(p.getKey());
                    while (m.find()) {
                        pathParams.add(m.group(1));
                    }
                    List<String> query = new ArrayList<>();
                    for (JsonNode param : op.getValue().path("parameters")) {
                        if ("query".equals(param.path("in").asText())) {
                            query.add(param.path("name").asText());
                        }
                    }
                    List<String> media = new ArrayList<>();
                    op.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(media::add);
                    out.add(new Endpoint(op.getKey().toUpperCase(), p.getKey(), List.copyOf(pathParams),
                            List.copyOf(query), List.copyOf(media)));
                }
            }
            out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
            return List.copyOf(out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable OpenAPI document", e);
        }
    }
}
