package id.suarawarga.feedback;

import id.suarawarga.shared.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A citizen's feedback: an SKM questionnaire on a service (nine answers 1–4) or a rating of a unit (1–5 stars).
 * Who wrote it is kept for abuse handling only; with {@link #anonymous} neither the unit nor the public sees it.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends IdentityEntity {

    public enum Kind {
        SURVEY, RATING
    }

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Kind kind;

    /**
     * Where an answer came from: a citizen's account, a visit code handed out at the counter, a paired counter
     * kiosk, or a paper questionnaire entered by staff. Shown to officers and HR, counted per origin in the IKM.
     */
    public enum Origin {
        ACCOUNT, VISIT, KIOSK, PAPER;

        /** The API's spelling: {@code account}, {@code visit}, {@code kiosk}, {@code paper}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Origin origin = Origin.ACCOUNT;

    /** The channel's binding: the visit, the kiosk device or the paper batch; null for an account. */
    @Column(name = "origin_ref")
    public Long originRef;

    @Column(name = "service_id")
    public Long serviceId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "region_id", nullable = false)
    public Long regionId;

    @Column(name = "questionnaire_id")
    public Long questionnaireId;

    @Column(name = "author_sub", nullable = false)
    public String authorSub;

    /** The account that follows an answer given without one (a visit code's, after answering); null otherwise. */
    @Column(name = "follower_sub")
    public String followerSub;

    @Column(name = "author_name")
    public String authorName;

    /** Keycloak username, for moderation's notices; null on answers from before it was kept. */
    @Column(name = "author_username")
    public String authorUsername;

    /** Moderation's verdict on the comment: null (as written), HIDDEN or REMOVED. Written by moderation only. */
    @Column(name = "comment_state", insertable = false, updatable = false)
    public String commentState;

    /** 1 when the public may read the comment (computed by the database, see V7). */
    @Column(name = "comment_public", insertable = false, updatable = false)
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer commentPublic;

    public boolean anonymous;

    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    @Column(name = "local_date", nullable = false)
    public LocalDate localDate;

    /**
     * Set by the database (microseconds), since the driver drops fractions against MariaDB. Not re-read after
     * insert (that would cost a SELECT per submission); loaded with the row when read.
     */
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u1;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u2;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u3;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u4;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u5;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u6;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u7;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u8;
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer u9;

    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer stars;

    @Column(name = "age_band")
    public String ageBand;
    public String gender;
    public String education;
    public String occupation;

    public String comment;

    @Column(name = "followed_up")
    public boolean followedUp;

    public Map<String, Integer> answers() {
        Map<String, Integer> m = new LinkedHashMap<>();
        if (kind == Kind.SURVEY) {
            m.put("U1", u1);
            m.put("U2", u2);
            m.put("U3", u3);
            m.put("U4", u4);
            m.put("U5", u5);
            m.put("U6", u6);
            m.put("U7", u7);
            m.put("U8", u8);
            m.put("U9", u9);
        }
        return m;
    }

    void setAnswers(Map<String, Integer> answers) {
        u1 = answers.get("U1");
        u2 = answers.get("U2");
        u3 = answers.get("U3");
        u4 = answers.get("U4");
        u5 = answers.get("U5");
        u6 = answers.get("U6");
        u7 = answers.get("U7");
        u8 = answers.get("U8");
        u9 = answers.get("U9");
    }
}
