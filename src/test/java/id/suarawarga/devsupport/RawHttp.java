package id.suarawarga.devsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: sends exactly the bytes it is given (a request line
 * with raw {@code %00}, invalid UTF-8, 2,000 headers, a body bigger than the server accepts), which ordinary
 * clients normalise or refuse to send.
 */
public final class RawHttp {

    /** What came back; {@code status} -1 when the server closed the connection without an answer. */
    public record Answer(int status, Map<String, String> headers, String body, String error) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String ct = header("content-type");
            return ct == null ? "" : ct.toLowerCase(Locale.ROOT);
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code method target} with the given header lines (each "Name: value") and body; adds Host,
     * Connection: close and Content-Length (when there is a body, unless the headers say it is chunked: then the
     * body is sent as given, already in chunks).
     */
    public static Answer send(int port, String method, String target, List<String> headers, byte[] body) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        writeAscii(head, method + " " + target + " HTTP/1.1\r\n");
        writeAscii(head, "Host: localhost:" + port + "\r\nConnection: close\r\n");
        for (String h : headers) {
            head.writeBytes(h.getBytes(StandardCharsets.UTF_8));
            writeAscii(head, "\r\n");
        }
        boolean chunked = headers.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"));
        if (body != null && !chunked) {
            writeAscii(head, "Content-Length: " + body.length + "\r\n");
        }
        writeAscii(head, "\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException writeFailed) {
                // The server may answer (413, 431) and close before reading everything: read what it said.
            }
            byte[] raw = readAll(socket.getInputStream());
            return parse(raw);
        } catch (IOException e) {
            return new Answer(-1, Map.of(), "", e.toString());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                all.write(buf, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the answer was sent: keep what arrived.
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Answer(-1, Map.of(), text, raw.length == 0 ? "no answer" : "not HTTP");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                headers.merge(name, value, (a, b) -> a + ", " + b);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] dechunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < in.length) {
            int lineEnd = indexOfCrlf(in, i);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(in, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeLine, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(in, start, Math.min(size, in.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] in, int from) {
        for (int i = from; i < in.length - 1; i++) {
            if (in[i] == '\r' && in[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
