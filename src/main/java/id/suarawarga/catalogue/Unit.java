package id.suarawarga.catalogue;

import id.suarawarga.shared.persistence.IdentityEntity;
import id.suarawarga.shared.persistence.Rows;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * What another feature reads of a unit without loading it: code, name, region and the head of unit's NIP
     * ({@code head_nip}, the column the appraisal keeps for its exports, V5).
     */
    public record Facts(long id, String code, String name, long regionId, String headNip) {
    }

    private static final String FACTS = "SELECT id, code, name, region_id, head_nip FROM unit";

    /** The facts of every unit. */
    public static List<Facts> allFacts() {
        return Rows.list(getEntityManager(), FACTS, Unit::facts);
    }

    /** The facts of these units (unknown ids left out), in the order of their codes as the database sorts them. */
    public static Map<Long, Facts> factsOf(Collection<Long> ids) {
        Map<Long, Facts> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Facts f : Rows.list(getEntityManager(), FACTS + " WHERE id IN (?1) ORDER BY code", Unit::facts,
                List.copyOf(new java.util.HashSet<>(ids)))) {
            out.put(f.id(), f);
        }
        return out;
    }

    private static Facts facts(Rows.Row r) {
        return new Facts(r.lng("id"), r.string("code"), r.string("name"), r.lng("region_id"), r.string("head_nip"));
    }

    public static boolean exists(long id) {
        return count("id", id) > 0;
    }

    /** Records (or clears, with null) the head of unit's NIP; false when there is no such unit. */
    public static boolean recordHeadNip(long id, String nip) {
        return getEntityManager().createNativeQuery("UPDATE unit SET head_nip = ?2 WHERE id = ?1").setParameter(1, id)
                .setParameter(2, nip).executeUpdate() > 0;
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
