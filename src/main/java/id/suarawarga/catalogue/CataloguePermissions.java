package id.suarawarga.catalogue;

import id.suarawarga.shared.security.RegionScope;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who may change the catalogue: only the portal operator creates regions; a region, its units and their services
 * are changed by an admin of that region (their staff scope, ADR 0019; the operator everywhere). The catalogue is
 * public, so a change outside one's regions is refused with 403, never hidden as 404 (ADR 0019 point 4).
 */
@RequestScoped
public class CataloguePermissions {

    @Inject
    RegionScope scope;

    public boolean mayCreateRegion() {
        return scope.isOperator();
    }

    public void requireRegionCreator() {
        if (!mayCreateRegion()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "catalogue.operator-only");
        }
    }

    /** The regions whose catalogue the caller administers: null meaning every region (the operator). */
    public List<Long> adminRegions() {
        return scope.regionsAs(Roles.ADMIN);
    }

    public void requireRegionAdmin(Region region) {
        if (!scope.actsAs(Roles.ADMIN, region.id)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "catalogue.region-admin-only", region.code);
        }
    }
}
