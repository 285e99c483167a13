-- SuaraWarga demo paper questionnaires (issue 16): one counted batch of 12 paper sheets for Kartu Keluarga at
-- Disdukcapil Mamuju, collected over the last four days, so that bin/run shows answers of origin "paper" in the IKM
-- (byOrigin), on the results page and in the staff lists, and a batch at /officer/paper for Mamuju's officers.
--
-- Loaded ONLY by the demo, dev and test profiles (ADR 0003). Idempotent: the batch is made once (created_by 'demo'),
-- its sheets and answers carry their unique keys and are written with INSERT IGNORE. The answers are what
-- counter/PaperBatches.count would have stored: origin PAPER, origin_ref the batch, binding P:<batch>:<sheet>, dated
-- the last day of collection. Named so that Flyway runs it after R__demo_catalogue.
INSERT INTO paper_batch (service_id, unit_id, region_id, collected_from, collected_to, collected_by, sheets_declared,
    double_entry, state, created_by, counted_by, counted_at)
SELECT s.id, s.unit_id, u.region_id, CURDATE() - INTERVAL 3 DAY, CURDATE(), 'Loket KK (demo)', 12, FALSE, 'COUNTED',
       'demo', 'demo', NOW(6)
FROM public_service s JOIN unit u ON u.id = s.unit_id
WHERE s.code = '7602-DUKCAPIL-KK' AND NOT EXISTS (SELECT 1 FROM paper_batch WHERE created_by = 'demo');

INSERT IGNORE INTO paper_sheet (batch_id, entry, sheet_no, u1, u2, u3, u4, u5, u6, u7, u8, u9, age_band, gender,
    comment, entered_by)
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
SELECT b.id, 1, n.i, 3 + MOD(n.i, 2), 3, 2 + MOD(n.i, 3) DIV 2 + MOD(n.i, 2), 4, 3, 3 + MOD(n.i + 1, 2), 4,
       2 + MOD(n.i, 3), 3,
       ELT(MOD(n.i, 4) + 1, '20_29', '30_39', '40_49', NULL), ELT(MOD(n.i, 3) + 1, 'FEMALE', 'MALE', NULL),
       CASE n.i WHEN 3 THEN 'Antrean KK pagi panjang, tetapi petugas sabar' WHEN 8 THEN 'Mohon papan informasi syarat diperbarui' END,
       'demo'
FROM paper_batch b CROSS JOIN n WHERE b.created_by = 'demo';

INSERT IGNORE INTO feedback (kind, origin, origin_ref, service_id, unit_id, region_id, questionnaire_id, author_sub,
    author_name, anonymous, dedupe_key, local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9, age_band, gender, comment)
SELECT 'SURVEY', 'PAPER', b.id, b.service_id, b.unit_id, b.region_id, 1, CONCAT('paper:', b.id, ':', p.sheet_no), NULL,
       TRUE, CONCAT('P:', b.id, ':', p.sheet_no), b.collected_to, p.u1, p.u2, p.u3, p.u4, p.u5, p.u6, p.u7, p.u8,
       p.u9, p.age_band, p.gender, p.comment
FROM paper_batch b JOIN paper_sheet p ON p.batch_id = b.id AND p.entry = 1
WHERE b.created_by = 'demo' AND b.state = 'COUNTED';
