package id.suarawarga.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form whose token is missing or stale with a bare 400 and no body (for example a
 * survey left open on a phone past the token's life, or cookies cleared meanwhile). A person gets a page that says
 * what happened and how to send the form again (the browser's Back keeps what they typed); the API is untouched.
 */
public class ExpiredFormPage {

    @Inject
    UiContext ui;

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance expired(String back);
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (response.getStatus() != 400 || response.hasEntity() || UiContext.isApi(http)
                || !HttpMethod.POST.equals(request.getMethod()) || !isForm(request.getMediaType())) {
            return;
        }
        response.setEntity(ui.page(Templates.expired(back(request.getHeaderString("Referer"), http))).render(), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** The page the form came from when it is on this site, else the home page. */
    static String back(String referer, HttpServerRequest http) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(http.authority() == null
                    ? http.getHeader("Host") : http.authority().toString())) {
                return "/";
            }
            String local = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return Redirects.localPath(local, "/");
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
    }
}
