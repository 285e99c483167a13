package id.suarawarga.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/**
 * Which units an officer (<i>petugas</i>) serves. Kept in the portal, keyed by the Keycloak username (users
 * cannot change it), so that an admin assigns units here and the officer's token stays small (ADR 0002).
 */
@Entity
@Table(name = "officer_unit")
@IdClass(OfficerAssignment.Key.class)
public class OfficerAssignment extends PanacheEntityBase {

    @Id
    public String username;

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    public static List<Long> unitIdsOf(String username) {
        return find("username = ?1 order by unitId", username).project(UnitIdOnly.class).list()
                .stream().map(UnitIdOnly::unitId).toList();
    }

    public record UnitIdOnly(Long unitId) {
    }

    public record Key(String username, Long unitId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
