package id.suarawarga.shared.security;

import java.util.List;

/**
 * Where the caller acts in a region-scoped staff role (moderator, hr, admin), for features below {@code identity}
 * that may not name it: the catalogue asks it whether an admin may change a region's units. Implemented by
 * {@code identity.CurrentUser} from the caller's staff scopes (ADR 0019).
 */
public interface RegionScope {

    /** The portal operator: above every region. */
    boolean isOperator();

    /** The regions where the caller acts in {@code role}: null meaning every region (the operator), else a list. */
    List<Long> regionsAs(String role);

    /** Whether the caller acts in {@code role} in {@code regionId} (always for the operator). */
    boolean actsAs(String role, long regionId);
}
