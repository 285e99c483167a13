-- SuaraWarga demo counter kiosk (issue 16): "Loket Adminduk (demo)", a tablet paired with Kecamatan Simboro in
-- Mamuju, with eight answers of origin "kiosk" on Pelayanan Administrasi Kependudukan over the four days before
-- today (never today: the day's totals stay as the tests and bin/run's other demo data leave them), one of them
-- after the service hours and flagged so, so that bin/run shows the kiosk origin in the IKM (byOrigin), the staff
-- lists and /officer/kiosks.
--
-- Loaded ONLY by the demo, dev and test profiles (ADR 0003). Idempotent: the kiosk is made once (created_by 'demo');
-- answers and their kiosk_answer rows carry their unique keys and are written with INSERT IGNORE. Nobody holds the
-- demo kiosk's credential (its hash is of a phrase, not of 256 random bits): pair a tablet of your own to try it.
-- The answers are what counter/Kiosks.answer would have stored: origin KIOSK, origin_ref the kiosk, binding
-- K:<kiosk>:<answer id>, no profile and no comment. Named so that Flyway runs it after R__demo_catalogue.
INSERT INTO kiosk (unit_id, region_id, name, state, pairing_hash, pairing_expires_at, credential_hash, created_by,
    created_at, paired_at)
SELECT u.id, u.region_id, 'Loket Adminduk (demo)', 'PAIRED', SHA2('demo kiosk pairing code, used', 256),
       NOW(6) - INTERVAL 5 DAY, SHA2('demo kiosk credential, held by nobody', 256), 'demo',
       NOW(6) - INTERVAL 5 DAY - INTERVAL 20 MINUTE, NOW(6) - INTERVAL 5 DAY
FROM unit u
WHERE u.code = '7602-KEC-SIMBORO' AND NOT EXISTS (SELECT 1 FROM kiosk WHERE created_by = 'demo');

INSERT IGNORE INTO feedback (kind, origin, origin_ref, service_id, unit_id, region_id, questionnaire_id, author_sub,
    author_name, anonymous, dedupe_key, local_date, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9)
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
SELECT 'SURVEY', 'KIOSK', k.id, s.id, k.unit_id, k.region_id, 1, CONCAT('kiosk:', k.id, ':demo-', n.i), NULL, TRUE,
       CONCAT('K:', k.id, ':demo-', n.i), CURDATE() - INTERVAL (1 + MOD(n.i, 4)) DAY,
       TIMESTAMP(CURDATE() - INTERVAL (1 + MOD(n.i, 4)) DAY)
         + INTERVAL (CASE n.i WHEN 8 THEN 17 * 60 ELSE 8 * 60 + 23 * n.i END) MINUTE,
       3 + MOD(n.i, 2), 3, 2 + MOD(n.i, 3) DIV 2, 4, 3, 3 + MOD(n.i + 1, 2), 4, 2 + MOD(n.i, 2), 3
FROM kiosk k JOIN public_service s ON s.code = '7602-KEC-SIMBORO-ADMINDUK' CROSS JOIN n
WHERE k.created_by = 'demo';

INSERT IGNORE INTO kiosk_answer (feedback_id, device_id, answer_id, out_of_hours, answered_at)
SELECT f.id, k.id, SUBSTRING(f.dedupe_key, LENGTH(CONCAT('K:', k.id, ':')) + 1), f.dedupe_key LIKE '%:demo-8',
       f.created_at
FROM kiosk k JOIN feedback f ON f.origin = 'KIOSK' AND f.origin_ref = k.id AND f.dedupe_key LIKE CONCAT('K:', k.id, ':demo-%')
WHERE k.created_by = 'demo';

UPDATE kiosk k SET k.last_answer_at = (SELECT MAX(a.answered_at) FROM kiosk_answer a WHERE a.device_id = k.id)
WHERE k.created_by = 'demo';
