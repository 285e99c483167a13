package id.suarawarga.shared.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Base of our Panache entities. MySQL has no sequences, so ids come from AUTO_INCREMENT columns (IDENTITY)
 * rather than Hibernate's table-emulated sequence that {@code PanacheEntity} would use.
 */
@MappedSuperclass
public abstract class IdentityEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
