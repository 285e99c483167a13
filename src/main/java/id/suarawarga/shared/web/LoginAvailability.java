package id.suarawarga.shared.web;

/**
 * Whether the login service answers, as far as the app knows. The error mappers ask it before sending a visitor
 * to log in: a redirect to a login service that is down would end on a browser error, so the visitor gets the
 * friendly 503 page instead. Identity provides it ({@code identity/KeycloakProbe}); shared names no feature.
 */
public interface LoginAvailability {

    /** False only once the login service was seen not to answer; true while nothing is known yet. */
    boolean reachable();
}
