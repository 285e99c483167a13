package id.suarawarga.catalogue;

import id.suarawarga.shared.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
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

    public static List<Region> listByName() {
        return list("order by name");
    }
}
