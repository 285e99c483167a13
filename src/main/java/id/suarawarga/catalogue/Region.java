package id.suarawarga.catalogue;

import id.suarawarga.shared.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A regency or city (kabupaten/kota) that runs SuaraWarga, identified by its Kemendagri-style code. */
@Entity
@Table(name = "region")
public class Region extends IdentityEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    // Stored as VARCHAR, not MySQL's ENUM, so that adding a value is a plain data change.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public RegionType type;

    @Column(nullable = false)
    public String province;

    public static Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** These regions (unknown ids left out), in the order of their codes as the database sorts them. */
    public static Map<Long, Region> byIdsInCodeOrder(Collection<Long> ids) {
        Map<Long, Region> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Region r : Region.<Region>list("id in ?1 order by code", List.copyOf(new java.util.HashSet<>(ids)))) {
                out.put(r.id, r);
            }
        }
        return out;
    }

    public static List<Region> listByName() {
        return list("order by name");
    }

    /** These regions by id (absent ids are left out); another feature's way to name the regions its rows point to. */
    public static Map<Long, Region> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Region.<Region>list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    /** The region that a unit belongs to, or empty for an unknown unit. */
    public static Optional<Long> idOfUnit(long unitId) {
        return getEntityManager().createQuery("select u.region.id from Unit u where u.id = ?1", Long.class)
                .setParameter(1, unitId).getResultStream().findFirst();
    }

    /** The region of a public service (through its unit), or empty for an unknown service. */
    public static Optional<Long> idOfService(long serviceId) {
        return getEntityManager().createQuery("select s.unit.region.id from PublicService s where s.id = ?1", Long.class)
                .setParameter(1, serviceId).getResultStream().findFirst();
    }
}
