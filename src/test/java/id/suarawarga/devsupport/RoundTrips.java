package id.suarawarga.devsupport;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Message;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Records every command the MySQL driver sends to the server (one round trip each: statements, commits,
 * {@code SET autocommit}, pings), so a test can count what one request costs the database. Installed in the test
 * profile as the driver's {@code queryInterceptors}; {@link #start()} and {@link #stop()} bracket what is counted.
 */
public class RoundTrips implements QueryInterceptor {

    /**
     * Where the commands are recorded: a JDK list in the system properties, because the driver may load this
     * class through another class loader than the test's (Quarkus tests), and a static field would then be two.
     */
    private static final String KEY = "suarawarga.test.roundTrips";

    /** Starts recording every command sent by any connection from now on. */
    public static void start() {
        System.getProperties().put(KEY, Collections.synchronizedList(new ArrayList<String>()));
    }

    /** Stops recording and returns the commands sent since {@link #start()}, in order. */
    @SuppressWarnings("unchecked")
    public static List<String> stop() {
        Object sent = System.getProperties().remove(KEY);
        return sent == null ? List.of() : List.copyOf((List<String>) sent);
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <M extends Message> M preProcess(M packet) {
        if (System.getProperties().get(KEY) instanceof List<?> r) {
            byte[] b = packet.getByteBuffer();
            int length = packet.getPosition();
            // COM_QUERY (3) carries the SQL text after the command byte; other commands are named by number.
            String text = length > 0 && b[0] == 3 ? new String(b, 1, Math.min(length, 200) - 1, StandardCharsets.UTF_8)
                    : "command " + (length > 0 ? b[0] : -1);
            @SuppressWarnings("unchecked")
            List<String> recording = (List<String>) r;
            recording.add(text.replaceAll("\\s+", " ").trim());
        }
        return null;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
            ServerSession serverSession) {
        return null;
    }
}
