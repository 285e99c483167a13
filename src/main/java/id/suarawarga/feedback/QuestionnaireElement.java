package id.suarawarga.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One element (<i>unsur</i>) of a questionnaire, by code (U1..U9) with its label in both languages. */
@Entity
@Table(name = "questionnaire_element")
@IdClass(QuestionnaireElement.Key.class)
public class QuestionnaireElement extends PanacheEntityBase {

    @Id
    @ManyToOne
    @JoinColumn(name = "questionnaire_id")
    public Questionnaire questionnaire;

    @Id
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(name = "label_id", nullable = false)
    public String labelId;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    public String label(boolean english) {
        return english ? labelEn : labelId;
    }

    public record Key(Long questionnaire, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
