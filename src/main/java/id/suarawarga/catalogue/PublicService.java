package id.suarawarga.catalogue;

import id.suarawarga.shared.persistence.IdentityEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A public service (<i>layanan publik</i>) that a unit provides, e.g. KTP-el issuance at Disdukcapil. */
@Entity
@Table(name = "public_service")
public class PublicService extends IdentityEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Link to the published service standard (<i>standar pelayanan</i>). */
    @Column(name = "standard_url")
    public String standardUrl;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public static Optional<PublicService> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The service with its unit and region, in one query (the submission path needs all three). */
    public static Optional<PublicService> findWithUnit(long id) {
        return find("from PublicService s join fetch s.unit u join fetch u.region where s.id = ?1", id)
                .firstResultOptional();
    }

    public static PanacheQuery<PublicService> byUnit(Unit unit) {
        return find("unit = ?1 order by name, id", unit);
    }

    /** The ids of the services of these units (none for no units). */
    public static List<Long> idsOfUnits(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select s.id from PublicService s where s.unit.id in ?1", Long.class)
                .setParameter(1, unitIds).getResultList();
    }

    /** Each of these services' unit id (unknown services left out). */
    public static Map<Long, Long> unitIdsOf(Collection<Long> serviceIds) {
        Map<Long, Long> out = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return out;
        }
        for (Object[] r : getEntityManager().createQuery("select s.id, s.unit.id from PublicService s where s.id in ?1",
                Object[].class).setParameter(1, List.copyOf(serviceIds)).getResultList()) {
            out.put((Long) r[0], (Long) r[1]);
        }
        return out;
    }
}
