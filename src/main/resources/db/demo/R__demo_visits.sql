-- SuaraWarga demo visit codes (issue 16): so that bin/run shows answers of origin "visit". A printed sheet of 8 slips for
-- NIB at DPMPTSP Rangkui, 6 of them answered over the last days (each one answer, origin VISIT, binding V:<visit>), and
-- three open codes for Pindah Datang at Disdukcapil Kepahiang, to try /v/{code} without an account:
--   /v/9CH7GXBP7D7BZ  /v/WXRD8DHTWJ7J2  /v/HXXPX02YTEKPR
-- (petugas.dukcapil sees them at /officer/visits). The codes carry valid check characters (counter/VisitCodes).
--
-- Loaded ONLY by the demo, dev and test profiles (ADR 0003). Idempotent: codes are unique, rows go in with INSERT IGNORE
-- or NOT EXISTS guards. Named so that Flyway runs it after R__demo_catalogue.
INSERT INTO visit_batch (service_id, unit_id, region_id, codes, expires_at, created_by)
SELECT s.id, s.unit_id, u.region_id, 8, NOW(6) + INTERVAL 30 DAY, 'demo'
FROM public_service s JOIN unit u ON u.id = s.unit_id
WHERE s.code = '9901-DPMPTSP-NIB' AND NOT EXISTS (SELECT 1 FROM visit_batch WHERE created_by = 'demo');

INSERT IGNORE INTO visit (code, service_id, unit_id, region_id, batch_id, slip_no, created_by, created_at, expires_at)
SELECT x.code, b.service_id, b.unit_id, b.region_id, b.id, x.slip, 'demo', NOW(6) - INTERVAL 6 DAY, b.expires_at
FROM (SELECT 'M7W0K2CJWFMQX' code, 1 slip UNION ALL
      SELECT '823G0KSFX6BMN' code, 2 slip UNION ALL
      SELECT 'RMGY0ST8DVGVA' code, 3 slip UNION ALL
      SELECT '1PJWE42FV5RWV' code, 4 slip UNION ALL
      SELECT 'TD2C5RBBXXGP6' code, 5 slip UNION ALL
      SELECT 'JMAXT8Z57DP5C' code, 6 slip UNION ALL
      SELECT 'DM03ZMNXWQFWS' code, 7 slip UNION ALL
      SELECT '6HTV15C5789WC' code, 8 slip) x
CROSS JOIN visit_batch b WHERE b.created_by = 'demo';

INSERT IGNORE INTO visit (code, service_id, unit_id, region_id, created_by, expires_at)
SELECT x.code, s.id, s.unit_id, u.region_id, 'demo', NOW(6) + INTERVAL 90 DAY
FROM (SELECT '9CH7GXBP7D7BZ' code UNION ALL SELECT 'WXRD8DHTWJ7J2' code UNION ALL SELECT 'HXXPX02YTEKPR' code) x
JOIN public_service s ON s.code = '1708-DUKCAPIL-PINDAH-DATANG' JOIN unit u ON u.id = s.unit_id;

UPDATE visit v JOIN (SELECT 'M7W0K2CJWFMQX' AS code, 5 AS ago UNION ALL
    SELECT '823G0KSFX6BMN', 4 UNION ALL
    SELECT 'RMGY0ST8DVGVA', 4 UNION ALL
    SELECT '1PJWE42FV5RWV', 3 UNION ALL
    SELECT 'TD2C5RBBXXGP6', 2 UNION ALL
    SELECT 'JMAXT8Z57DP5C', 2) x ON x.code = v.code
SET v.used_at = TIMESTAMP(CURDATE() - INTERVAL x.ago DAY, '03:15:00') + INTERVAL x.ago * 7 MINUTE,
    v.answer_hash = REPEAT('0', 64), v.used_client = LEFT(SHA2(CONCAT('demo', x.code), 256), 16)
WHERE v.used_at IS NULL;

INSERT IGNORE INTO feedback (kind, origin, origin_ref, service_id, unit_id, region_id, questionnaire_id, author_sub,
    author_name, anonymous, dedupe_key, local_date, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, comment)
SELECT 'SURVEY', 'VISIT', v.id, v.service_id, v.unit_id, v.region_id, 1, CONCAT('visit:', v.id), NULL, TRUE,
       CONCAT('V:', v.id), DATE(v.used_at), v.used_at, x.u1, x.u2, x.u3, x.u4, x.u5, x.u6, x.u7, x.u8, x.u9, x.comment
FROM (SELECT 'M7W0K2CJWFMQX' AS code, 5 AS ago, 4 AS u1, 3 AS u2, 4 AS u3, 4 AS u4, 3 AS u5, 3 AS u6, 4 AS u7, 2 AS u8, 3 AS u9, NULL AS comment UNION ALL
      SELECT '823G0KSFX6BMN' code, 4 ago, 3, 4, 4, 3, 4, 3, 3, 3, 4, 'Petugas menjelaskan syarat NIB dengan sabar' comment UNION ALL
      SELECT 'RMGY0ST8DVGVA' code, 4 ago, 4, 4, 3, 3, 4, 4, 4, 3, 4, NULL comment UNION ALL
      SELECT '1PJWE42FV5RWV' code, 3 ago, 3, 3, 3, 3, 4, 3, 3, 2, 3, NULL comment UNION ALL
      SELECT 'TD2C5RBBXXGP6' code, 2 ago, 4, 4, 4, 4, 4, 4, 4, 3, 4, 'Tolong sediakan kursi tunggu lebih banyak' comment UNION ALL
      SELECT 'JMAXT8Z57DP5C' code, 2 ago, 3, 4, 3, 4, 3, 3, 4, 3, 3, NULL comment) x
JOIN visit v ON v.code = x.code;
