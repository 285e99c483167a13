package id.suarawarga.identity;

import id.suarawarga.shared.web.LoginAvailability;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether Keycloak answers, checked in the background every few seconds. Once the OIDC tenant is initialised, a
 * login is only a redirect to Keycloak and the app never notices that Keycloak went away: the visitor would land
 * on a browser error. With this probe the login answers the friendly 503 page instead, and goes back to
 * redirecting within seconds of Keycloak's return (docs/reliability.md).
 */
@ApplicationScoped
public class KeycloakProbe implements LoginAvailability {

    private static final Logger LOG = Logger.getLogger(KeycloakProbe.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean reachable = true;

    @ConfigProperty(name = "suarawarga.oidc.realm-url")
    String realmUrl;

    /** False only after the last probe failed; true before the first one (nothing known yet). */
    @Override
    public boolean reachable() {
        return reachable;
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        boolean now;
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            now = r.statusCode() == 200;
        } catch (IOException e) {
            now = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (now != reachable) {
            if (now) {
                LOG.info("Keycloak answers again: logins redirect to it");
            } else {
                LOG.warnf("Keycloak does not answer at %s: logins get the 503 page until it does", realmUrl);
            }
        }
        reachable = now;
    }
}
