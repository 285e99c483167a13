package id.suarawarga.feedback;

import id.suarawarga.shared.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** An officer's public reply to a piece of feedback. */
@Entity
@Table(name = "feedback_response")
public class FeedbackResponse extends IdentityEntity {

    @Column(name = "feedback_id", nullable = false)
    public Long feedbackId;

    @Column(name = "author_sub", nullable = false)
    public String authorSub;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** Replies to several feedback items in one query (a page of feedback, not one query per item). */
    public static List<FeedbackResponse> forFeedback(Collection<Long> feedbackIds) {
        return feedbackIds.isEmpty() ? List.of() : list("feedbackId in ?1 order by id", feedbackIds);
    }
}
