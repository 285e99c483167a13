-- SuaraWarga demo answers for the appraisal pages (issue 6): the four quarters before the one in which this runs,
-- across the three regencies, so that a new user computing a past quarter at /appraisal sees real-looking scores:
-- some units with enough answers, some without, and one (DPMPTSP Rangkui) hit by a detectable brigade.
--
-- Loaded ONLY by the demo, dev and test profiles (ADR 0003). Idempotent: every row has a fixed dedupe_key or
-- primary key and is written with INSERT IGNORE. Generated with recursive CTEs rather than listed, to stay small
-- (about 900 answers). Units and services are found by code. No answer touches 1708-DUKCAPIL (the demo officer's
-- unit, whose tests count its own answers) and only the Rangkui and Mamuju answers carry comments.
-- Named so that Flyway runs it after R__demo_catalogue (repeatables run in order of description).

-- Answers of past days must be (re)summed by the daily roll-up (ADR 0005).
UPDATE feedback_rollup
SET complete_before = LEAST(complete_before,
    MAKEDATE(YEAR(CURDATE()), 1) + INTERVAL (QUARTER(CURDATE()) - 1) QUARTER - INTERVAL 4 QUARTER)
WHERE id = 1;

-- SKM questionnaires: per service, answers per quarter, and the range of scores (base .. base + spread - 1) of
-- the elements, U6/U7 (staff) apart. Each answer gets a time spread evenly over 88 days of its quarter.
INSERT IGNORE INTO feedback (kind, service_id, unit_id, region_id, questionnaire_id, author_sub, author_name,
    anonymous, dedupe_key, local_date, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, comment)
WITH RECURSIVE
    q (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < 4),
    n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60),
    plan (service_code, cnt, base, spread, staff_base, staff_spread, commenting) AS (
        SELECT '9901-DUKCAPIL-KTPEL', 48, 3, 2, 3, 2, 1 UNION ALL
        SELECT '9901-RSUD-RAJAL', 40, 2, 2, 1, 2, 1 UNION ALL
        SELECT '9901-DPMPTSP-NIB', 36, 3, 2, 2, 3, 1 UNION ALL
        SELECT '9901-PKM-RANGKUI-RAJAL', 12, 2, 3, 3, 2, 1 UNION ALL
        SELECT '7602-DUKCAPIL-KK', 36, 2, 3, 3, 2, 1 UNION ALL
        SELECT '7602-RSUD-IGD', 12, 2, 2, 2, 2, 1 UNION ALL
        SELECT '1708-DPMPTSP-NIB', 8, 2, 3, 2, 3, 0),
    answers AS (
        SELECT p.*, s.id service_id, s.unit_id, u.region_id, u.code unit_code, q.k, n.i,
               TIMESTAMP(MAKEDATE(YEAR(CURDATE()), 1) + INTERVAL (QUARTER(CURDATE()) - 1) QUARTER - INTERVAL q.k QUARTER)
                 + INTERVAL FLOOR((n.i - 1) * 88 * 1440 / p.cnt) + 480 + MOD(n.i * 37, 420) MINUTE AS ldt
        FROM plan p JOIN public_service s ON s.code = p.service_code JOIN unit u ON u.id = s.unit_id
        CROSS JOIN q JOIN n ON n.i <= p.cnt)
SELECT 'SURVEY', service_id, unit_id, region_id, 1, CONCAT('demo-', unit_code, '-', i), CONCAT('Warga Demo ', i),
       MOD(i, 3) = 0, CONCAT('demo-appraisal-', service_code, '-', DATE(ldt), '-', i), DATE(ldt),
       ldt - INTERVAL 7 HOUR,
       base + MOD(i * 7 + 3 + k, spread), base + MOD(i * 7 + 6 + k, spread), base + MOD(i * 7 + 9 + k, spread),
       base + MOD(i * 7 + 12 + k, spread), base + MOD(i * 7 + 15 + k, spread),
       staff_base + MOD(i * 5 + k, staff_spread), staff_base + MOD(i * 5 + 1 + k, staff_spread),
       base + MOD(i * 7 + 24 + k, spread), base + MOD(i * 7 + 27 + k, spread), NULL,
       CASE WHEN commenting = 1 AND MOD(i, 6) = 0
            THEN ELT(MOD(i DIV 6, 5) + 1, 'Antrean cukup tertib', 'Petugas ramah', 'Ruang tunggu panas',
                     'Prosesnya cepat', 'Informasi syarat kurang') END
FROM answers;

-- Unit ratings (stars) for Puskesmas Rangkui: with its 12 questionnaires, enough answers for a score.
INSERT IGNORE INTO feedback (kind, service_id, unit_id, region_id, questionnaire_id, author_sub, author_name,
    anonymous, dedupe_key, local_date, created_at, stars, comment)
WITH RECURSIVE
    q (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < 4),
    n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 22),
    answers AS (
        SELECT u.id unit_id, u.region_id, u.code unit_code, q.k, n.i,
               TIMESTAMP(MAKEDATE(YEAR(CURDATE()), 1) + INTERVAL (QUARTER(CURDATE()) - 1) QUARTER - INTERVAL q.k QUARTER)
                 + INTERVAL FLOOR((n.i - 1) * 88 * 1440 / 22) + 600 MINUTE AS ldt
        FROM unit u CROSS JOIN q CROSS JOIN n WHERE u.code = '9901-PKM-RANGKUI')
SELECT 'RATING', NULL, unit_id, region_id, NULL, CONCAT('demo-rater-', unit_code, '-', i), CONCAT('Warga Demo ', i),
       FALSE, CONCAT('demo-appraisal-rating-', unit_code, '-', DATE(ldt), '-', i), DATE(ldt), ldt - INTERVAL 7 HOUR,
       3 + MOD(i + k, 3), NULL
FROM answers;

-- The brigade: in the most recent past quarter, 14 brand-new accounts give DPMPTSP Rangkui one star within
-- 80 minutes, with near-identical comments. Both BURST_NEW_ACCOUNTS and NEAR_DUPLICATE_COMMENT catch them.
INSERT IGNORE INTO feedback (kind, service_id, unit_id, region_id, questionnaire_id, author_sub, author_name,
    anonymous, dedupe_key, local_date, created_at, stars, comment)
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 14)
SELECT 'RATING', NULL, u.id, u.region_id, NULL, CONCAT('demo-brigade-', n.i), CONCAT('Akun Baru ', n.i), FALSE,
       CONCAT('demo-appraisal-brigade-', n.i), DATE(b0.ldt + INTERVAL n.i * 6 MINUTE),
       b0.ldt + INTERVAL n.i * 6 MINUTE - INTERVAL 7 HOUR, 1,
       CONCAT('Pelayanan DPMPTSP sangat buruk dan lambat, jangan urus izin di sini ', n.i)
FROM unit u CROSS JOIN n
CROSS JOIN (SELECT TIMESTAMP(MAKEDATE(YEAR(CURDATE()), 1) + INTERVAL (QUARTER(CURDATE()) - 1) QUARTER
                             - INTERVAL 1 QUARTER) + INTERVAL 40 DAY + INTERVAL 20 HOUR AS ldt) b0
WHERE u.code = '9901-DPMPTSP';

-- Service users recorded by the units, so the Krejcie-Morgan check has something to say.
INSERT IGNORE INTO service_users (service_id, period, users, updated_by)
WITH RECURSIVE q (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < 4)
SELECT s.id, CONCAT(YEAR(d.qs), '-Q', QUARTER(d.qs)), x.users, 'demo'
FROM (SELECT '9901-DUKCAPIL-KTPEL' code, 60 users UNION ALL SELECT '7602-DUKCAPIL-KK', 40) x
JOIN public_service s ON s.code = x.code
CROSS JOIN (SELECT MAKEDATE(YEAR(CURDATE()), 1) + INTERVAL (QUARTER(CURDATE()) - 1) QUARTER - INTERVAL q.k QUARTER AS qs
            FROM q) d;

-- Heads of unit (NIP: birth date, appointment month, gender, sequence).
UPDATE unit SET head_nip = '198609262015051001' WHERE code = '9901-DUKCAPIL' AND head_nip IS NULL;
UPDATE unit SET head_nip = '197805142003122002' WHERE code = '9901-RSUD' AND head_nip IS NULL;
UPDATE unit SET head_nip = '198201172006041003' WHERE code = '7602-DUKCAPIL' AND head_nip IS NULL;
