package id.suarawarga.catalogue;

import id.suarawarga.shared.persistence.IdentityEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An ASN work unit (<i>unit kerja</i>): an OPD such as Disdukcapil, or a unit under one, such as a Puskesmas
 * under the Dinas Kesehatan. Units nest through {@link #parent}, always within one region.
 */
@Entity
@Table(name = "unit")
public class Unit extends IdentityEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public UnitType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    public String address;

    public static Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static PanacheQuery<Unit> byRegion(Region region) {
        return find("select u from Unit u left join fetch u.parent where u.region = ?1 order by u.name, u.id", region);
    }

    public static List<Unit> childrenOf(Unit unit) {
        return list("parent = ?1 order by name", unit);
    }

    /** The ids of this unit and of every unit under it (units nest a few levels at most: one query per level). */
    public static List<Long> subtreeIds(Unit root) {
        List<Long> ids = new ArrayList<>(List.of(root.id));
        List<Long> frontier = List.of(root.id);
        while (!frontier.isEmpty()) {
            frontier = getEntityManager().createQuery("select u.id from Unit u where u.parent.id in ?1", Long.class)
                    .setParameter(1, frontier).getResultList();
            frontier = frontier.stream().filter(id -> !ids.contains(id)).toList();
            ids.addAll(frontier);
        }
        return ids;
    }

    /** The ids of a region's units. */
    public static List<Long> idsInRegion(long regionId) {
        return getEntityManager().createQuery("select u.id from Unit u where u.region.id = ?1", Long.class)
                .setParameter(1, regionId).getResultList();
    }

    /** True when {@code candidate} is this unit or one of its ancestors (a parent chain must not loop). */
    public boolean isOrDescendsFrom(Unit candidate) {
        for (Unit u = this; u != null; u = u.parent) {
            if (u.id != null && u.id.equals(candidate.id)) {
                return true;
            }
        }
        return false;
    }
}
