-- Citizens' comments on services and units are public (never who wrote them) unless moderation hid or removed
-- them (comment_state HIDDEN / REMOVED; NULL = as written). The author's username lets moderation tell the
-- author why and keeps anyone from reporting their own comment.
ALTER TABLE feedback
    ADD COLUMN author_username VARCHAR(255) NULL,
    ADD COLUMN comment_state   VARCHAR(12)  NULL,
    -- 1 for a comment the public may read, else NULL: the two indexes below then hold public comments in
    -- newest-first order per service and per unit, so a page of comments never scans the answers without one.
    ADD COLUMN comment_public  TINYINT AS (CASE WHEN comment IS NOT NULL AND comment_state IS NULL THEN 1 END) VIRTUAL;

CREATE INDEX ix_feedback_public_service ON feedback (service_id, comment_public, id);
CREATE INDEX ix_feedback_public_unit ON feedback (unit_id, comment_public, id);
