package id.suarawarga.shared.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What the first request with an {@code Idempotency-Key} answered, so that a retry gets the same answer. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String DONE = "DONE";

    @Id
    public String principal;

    @Id
    @Column(name = "idem_key")
    public String idemKey;

    public String scope;

    @Column(name = "request_hash")
    public String requestHash;

    public String state;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    public String location;

    public record Key(String principal, String idemKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
