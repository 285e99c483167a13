package id.suarawarga.devsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a page cost to load, from the browser's own Resource Timing: bytes transferred (compressed, headers
 * included) for the document and everything it pulled in, and which origins were contacted. Measure a cold load:
 * {@link #coldLoad} empties the HTTP cache and the service worker's caches first.
 */
public record PageWeight(String page, long transferred, long decoded, int requests, List<String> foreign) {

    /** Opens {@code url} with empty caches, waits for the load to settle and measures it. */
    @SuppressWarnings("unchecked")
    public static PageWeight coldLoad(Chrome chrome, String page, String url) {
        chrome.driver().executeCdpCommand("Network.enable", Map.of());
        chrome.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        String origin = origin(url);
        chrome.driver().executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", origin, "storageTypes", "cache_storage,service_workers"));
        chrome.driver().get(url);
        chrome.await(d -> "complete".equals(chrome.script("return document.readyState")));
        List<Map<String, Object>> entries = (List<Map<String, Object>>) chrome.script(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(function (e) { return {name: e.name, transfer: e.transferSize,"
                        + " decoded: e.decodedBodySize}; });");
        long transferred = 0;
        long decoded = 0;
        List<String> foreign = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            transferred += ((Number) e.get("transfer")).longValue();
            decoded += ((Number) e.get("decoded")).longValue();
            String name = (String) e.get("name");
            if (!origin.equals(origin(name))) {
                foreign.add(name);
            }
        }
        return new PageWeight(page, transferred, decoded, entries.size(), foreign);
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public String toString() {
        return String.format("%-8s %6.1f KB transferred (%6.1f KB uncompressed) in %d requests", page,
                transferred / 1024.0, decoded / 1024.0, requests);
    }
}
