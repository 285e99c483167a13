-- SuaraWarga demo forums (issue 5): moderator scopes, citizens' pseudonyms, categories per region (some tied
-- to a unit or a service), a few threads with replies, and a starter banned-words list.
--
-- Loaded only by the demo, dev and test profiles, like R__demo_catalogue.sql (ADR 0003). Every statement is
-- idempotent: rows are keyed by code (categories), by (category, title) for threads and by (thread, position)
-- for posts, and guarded by NOT EXISTS so a re-run changes nothing.

-- moderator1 moderates the three demo regions.
INSERT INTO staff_scope (username, role, region_id, granted_by, reason)
SELECT 'moderator1', 'moderator', r.id, 'demo', 'demo' FROM region r
WHERE r.code IN ('9901', '1708', '7602')
  AND NOT EXISTS (SELECT 1 FROM staff_scope m WHERE m.username = 'moderator1' AND m.role = 'moderator'
                  AND m.region_id = r.id);

-- The demo citizens have chosen pseudonyms a month ago (established accounts; see the new-account limits).
INSERT INTO forum_profile (username, pseudonym, pseudonym_changed_at, created_at)
SELECT v.username, v.pseudonym, NOW(6) - INTERVAL 40 DAY, NOW(6) - INTERVAL 40 DAY
FROM (SELECT 'warga1' AS username, 'WargaPeduli' AS pseudonym UNION ALL SELECT 'warga2', 'SuaraKepahiang') v
WHERE NOT EXISTS (SELECT 1 FROM forum_profile f WHERE f.username = v.username);

-- Categories: a general one per region, and some tied to a unit or a service.
INSERT INTO forum_category (code, name, description, region_id, unit_id, service_id, position)
SELECT v.code, v.name, v.description, r.id, u.id, s.id, v.position
FROM (
    SELECT '9901-UMUM' AS code, 'Rangkui: diskusi umum' AS name,
           'Pelayanan publik di Kabupaten Rangkui: tanya, usul, dan pengalaman warga.' AS description,
           '9901' AS region, NULL AS unit, NULL AS service, 1 AS position
    UNION ALL SELECT '9901-RSUD', 'RSUD Rangkui', 'Rawat jalan, antrean, dan fasilitas RSUD Rangkui.', '9901', '9901-RSUD', NULL, 2
    UNION ALL SELECT '1708-UMUM', 'Kepahiang: diskusi umum',
           'Pelayanan publik di Kabupaten Kepahiang: tanya, usul, dan pengalaman warga.', '1708', NULL, NULL, 1
    UNION ALL SELECT '1708-DUKCAPIL', 'Disdukcapil Kepahiang', 'KTP-el, KK, akta kelahiran: tanya jawab dengan petugas.',
           '1708', '1708-DUKCAPIL', NULL, 2
    UNION ALL SELECT '7602-UMUM', 'Mamuju: diskusi umum',
           'Pelayanan publik di Kabupaten Mamuju: tanya, usul, dan pengalaman warga.', '7602', NULL, NULL, 1
) v
JOIN region r ON r.code = v.region
LEFT JOIN unit u ON u.code = v.unit
LEFT JOIN public_service s ON s.code = v.service
WHERE NOT EXISTS (SELECT 1 FROM forum_category c WHERE c.code = v.code);

-- Threads (opening post at position 1), then replies.
INSERT INTO forum_thread (category_id, title, author, status, post_count)
SELECT c.id, v.title, v.author, 'VISIBLE', 0
FROM (
    SELECT '1708-DUKCAPIL' AS category, 'Berapa lama cetak KTP-el setelah rekam?' AS title, 'warga1' AS author
    UNION ALL SELECT '1708-UMUM', 'Usul: antrean daring untuk semua layanan', 'warga2'
    UNION ALL SELECT '9901-RSUD', 'Pengalaman rawat jalan di poli anak', 'warga1'
    UNION ALL SELECT '7602-UMUM', 'Jam layanan kantor kecamatan saat libur nasional', 'warga2'
) v
JOIN forum_category c ON c.code = v.category
WHERE NOT EXISTS (SELECT 1 FROM forum_thread t WHERE t.category_id = c.id AND t.title = v.title);

INSERT INTO forum_post (thread_id, position, author, author_name, author_kind, badge_unit_id, body, body_html)
SELECT t.id, v.position, v.author, v.author_name, v.author_kind,
       (SELECT u.id FROM unit u WHERE u.code = v.badge_unit), v.body, v.body_html
FROM (
    SELECT 'Berapa lama cetak KTP-el setelah rekam?' AS title, 1 AS position, 'warga1' AS author, NULL AS author_name,
           'CITIZEN' AS author_kind, NULL AS badge_unit,
           'Saya sudah rekam KTP-el dua minggu lalu. Biasanya berapa hari sampai bisa diambil?' AS body,
           '<p>Saya sudah rekam KTP-el dua minggu lalu. Biasanya berapa hari sampai bisa diambil?</p>' AS body_html
    UNION ALL SELECT 'Berapa lama cetak KTP-el setelah rekam?', 2, 'petugas.dukcapil', 'Petugas Dukcapil', 'OFFICER',
           '1708-DUKCAPIL',
           'Jika blangko tersedia, KTP-el dicetak paling lama 1 hari kerja. Cek status dengan NIK di loket informasi.',
           '<p>Jika blangko tersedia, KTP-el dicetak paling lama 1 hari kerja. Cek status dengan NIK di loket informasi.</p>'
    UNION ALL SELECT 'Berapa lama cetak KTP-el setelah rekam?', 3, 'warga2', NULL, 'CITIZEN', NULL,
           'Terima kasih, saya kemarin juga selesai dalam sehari.',
           '<p>Terima kasih, saya kemarin juga selesai dalam sehari.</p>'
    UNION ALL SELECT 'Usul: antrean daring untuk semua layanan', 1, 'warga2', NULL, 'CITIZEN', NULL,
           'Antrean di beberapa kantor masih panjang sejak pagi. Bagaimana kalau semua layanan memakai nomor antrean daring?',
           '<p>Antrean di beberapa kantor masih panjang sejak pagi. Bagaimana kalau semua layanan memakai nomor antrean daring?</p>'
    UNION ALL SELECT 'Pengalaman rawat jalan di poli anak', 1, 'warga1', NULL, 'CITIZEN', NULL,
           'Pelayanan di poli anak cepat dan ramah, tetapi ruang tunggunya panas.',
           '<p>Pelayanan di poli anak cepat dan ramah, tetapi ruang tunggunya panas.</p>'
    UNION ALL SELECT 'Jam layanan kantor kecamatan saat libur nasional', 1, 'warga2', NULL, 'CITIZEN', NULL,
           'Apakah kantor kecamatan tetap buka untuk surat pengantar saat cuti bersama?',
           '<p>Apakah kantor kecamatan tetap buka untuk surat pengantar saat cuti bersama?</p>'
) v
JOIN forum_thread t ON t.title = v.title
WHERE NOT EXISTS (SELECT 1 FROM forum_post p WHERE p.thread_id = t.id AND p.position = v.position);

UPDATE forum_thread t
SET t.first_post_id = (SELECT p.id FROM forum_post p WHERE p.thread_id = t.id AND p.position = 1),
    t.post_count = (SELECT COUNT(*) FROM forum_post p WHERE p.thread_id = t.id)
WHERE t.first_post_id IS NULL;

-- A starter list; admins replace it through PUT /api/v1/moderation/banned-words.
INSERT INTO banned_word (word)
SELECT v.word FROM (SELECT 'judi online' AS word UNION ALL SELECT 'slot gacor' UNION ALL SELECT 'pinjol ilegal') v
WHERE NOT EXISTS (SELECT 1 FROM banned_word b WHERE b.word = v.word);
