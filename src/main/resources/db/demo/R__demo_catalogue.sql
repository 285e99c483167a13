-- SuaraWarga demo catalogue: three regencies with their OPDs (units) and public services, plus one officer
-- assignment for the demo officer account.
--
-- Loaded ONLY by the demo, dev and test profiles (quarkus.flyway.locations adds db/demo there); production
-- runs db/migration alone and starts with an empty catalogue.
--
-- Flyway repeatable migration: it runs after the versioned ones and again whenever this file changes, so
-- every statement is idempotent. Rows are keyed on the unique `code` columns (INSERT ... ON DUPLICATE KEY
-- UPDATE) and foreign keys are resolved by code, never by id (ids are auto-increment and differ between
-- databases). Removing a row from this file does NOT delete it from a database that already has it.
--
-- Regions: Rangkui (9901) is a fictional demo regency (its units and services carry no URLs); Kepahiang
-- (1708) and Mamuju (7602) use their real BPS codes. Unit and service names and addresses are plausible
-- demo data, not an official register.
--
-- Codes: unit `<region>-<SHORT>`, service `<unit>-<SHORT>`. The demo officer `petugas.dukcapil` serves
-- `1708-DUKCAPIL` (see the end of this file): keep that code.

-- ---------------------------------------------------------------------------------------------------------
-- Regions
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO region (code, name, type, province) VALUES
    ('9901', 'Rangkui', 'KABUPATEN', 'Kepulauan Bangka Belitung'),
    ('1708', 'Kepahiang', 'KABUPATEN', 'Bengkulu'),
    ('7602', 'Mamuju', 'KABUPATEN', 'Sulawesi Barat')
ON DUPLICATE KEY UPDATE name = VALUES(name), type = VALUES(type), province = VALUES(province);

-- ---------------------------------------------------------------------------------------------------------
-- Rangkui (9901)
-- ---------------------------------------------------------------------------------------------------------

-- Units directly under the regency (no parent).
INSERT INTO unit (code, name, type, region_id, parent_id, address) VALUES
    ('9901-DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'DINAS', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Jenderal Sudirman No. 12, Rangkui'),
    ('9901-DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DINAS', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Jenderal Sudirman No. 14, Rangkui'),
    ('9901-DINKES', 'Dinas Kesehatan', 'DINAS', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Merdeka No. 5, Rangkui'),
    ('9901-RSUD', 'RSUD Rangkui', 'RSUD', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Soekarno-Hatta Km. 4, Rangkui'),
    ('9901-DIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'DINAS', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Pendidikan No. 3, Rangkui'),
    ('9901-BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BADAN', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Kompleks Perkantoran Bupati, Jl. Pemuda No. 1, Rangkui'),
    ('9901-KEC-RANGKUI', 'Kecamatan Rangkui', 'KECAMATAN', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Masjid Jamik No. 2, Rangkui'),
    ('9901-KEC-BUKITINTAN', 'Kecamatan Bukit Intan', 'KECAMATAN', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Bukit Intan Raya No. 1, Bukit Intan'),
    ('9901-KEC-GERUNGGANG', 'Kecamatan Gerunggang', 'KECAMATAN', (SELECT id FROM region WHERE code = '9901'), NULL,
     'Jl. Kacang Pedang No. 3, Gerunggang')
ON DUPLICATE KEY UPDATE name = VALUES(name), type = VALUES(type), region_id = VALUES(region_id),
    parent_id = VALUES(parent_id), address = VALUES(address);

-- Puskesmas under Dinas Kesehatan; region and parent are both taken from the Dinas Kesehatan row. The
-- target table is qualified in the UPDATE clause because `unit` is also read (as p) in the SELECT.
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '9901-PKM-RANGKUI', 'Puskesmas Rangkui', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Masjid Jamik No. 20, Rangkui'
FROM unit p WHERE p.code = '9901-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '9901-PKM-BUKITINTAN', 'Puskesmas Bukit Intan', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Bukit Intan Raya No. 7, Bukit Intan'
FROM unit p WHERE p.code = '9901-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '9901-PKM-GERUNGGANG', 'Puskesmas Gerunggang', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Kacang Pedang No. 15, Gerunggang'
FROM unit p WHERE p.code = '9901-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);

-- Public services.
INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-DUKCAPIL-KTPEL', 'Penerbitan KTP-el',
     'Untuk penduduk WNI yang berusia 17 tahun, sudah kawin atau pernah kawin, termasuk penggantian KTP-el yang rusak, hilang atau berubah datanya. Bawa Kartu Keluarga (dan surat keterangan kehilangan dari kepolisian bila hilang); tanpa biaya, dicetak paling lama 1 hari kerja setelah perekaman.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DUKCAPIL')),
    ('9901-DUKCAPIL-KK', 'Kartu Keluarga (KK)',
     'Penerbitan Kartu Keluarga baru atau perubahan data, misalnya penambahan anggota keluarga, pisah KK atau perubahan status perkawinan. Bawa KK lama dan dokumen pendukung (buku nikah, akta kelahiran atau surat pindah); tanpa biaya, selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DUKCAPIL')),
    ('9901-DUKCAPIL-AKTA-LAHIR', 'Akta Kelahiran',
     'Pencatatan kelahiran anak, sebaiknya dilaporkan paling lambat 60 hari sejak kelahiran. Bawa surat keterangan lahir dari bidan, puskesmas atau rumah sakit, KK, KTP-el orang tua dan buku nikah atau akta perkawinan; tanpa biaya, selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DUKCAPIL')),
    ('9901-DUKCAPIL-AKTA-MATI', 'Akta Kematian',
     'Untuk keluarga yang melaporkan kematian penduduk, paling lambat 30 hari sejak tanggal kematian. Bawa surat keterangan kematian dari desa/kelurahan atau rumah sakit, KK dan KTP-el almarhum; tanpa biaya, selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DUKCAPIL')),
    ('9901-DUKCAPIL-PINDAH-DATANG', 'Pindah Datang',
     'Penerbitan Surat Keterangan Pindah bagi penduduk yang pindah ke luar Kabupaten Rangkui dan pencatatan penduduk yang datang dari daerah lain. Bawa KK dan KTP-el, serta surat keterangan pindah dari daerah asal bagi pendatang; tanpa biaya, selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DUKCAPIL'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-DPMPTSP-NIB', 'Nomor Induk Berusaha (NIB)',
     'Untuk pelaku usaha perseorangan maupun badan usaha yang mendaftarkan usahanya melalui sistem OSS berbasis risiko; petugas membantu pembuatan akun dan pengisian data. Siapkan NIK, NPWP, alamat dan bidang usaha (KBLI); NIB terbit pada hari yang sama bila data lengkap.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DPMPTSP')),
    ('9901-DPMPTSP-PBG', 'Persetujuan Bangunan Gedung (PBG)',
     'Untuk pemilik yang akan membangun baru, mengubah atau memperluas bangunan gedung, diajukan melalui SIMBG. Siapkan KTP-el, bukti kepemilikan atau hak atas tanah dan gambar rencana teknis bangunan; lama proses bergantung pada kompleksitas bangunan, dihitung sejak berkas dinyatakan lengkap.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DPMPTSP')),
    ('9901-DPMPTSP-SIP-NAKES', 'Izin Praktik Tenaga Kesehatan',
     'Surat Izin Praktik (SIP) bagi dokter, dokter gigi, bidan, perawat dan tenaga kesehatan lain yang berpraktik di Kabupaten Rangkui. Bawa STR, rekomendasi organisasi profesi, surat keterangan dari fasilitas kesehatan tempat praktik dan pas foto; selesai paling lama 5 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DPMPTSP'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-DINKES-SPPIRT', 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)',
     'Untuk usaha pangan olahan rumah tangga (misalnya kue, keripik atau sambal kemasan) yang ingin mencantumkan nomor P-IRT pada label. Pemohon mengikuti penyuluhan keamanan pangan dan pemeriksaan sarana produksi; sertifikat terbit setelah sarana dinyatakan memenuhi syarat.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DINKES')),
    ('9901-DINKES-SLHS', 'Sertifikat Laik Higiene Sanitasi (SLHS)',
     'Untuk rumah makan, jasa boga, depot air minum dan dapur penyedia makanan. Siapkan denah dapur, sertifikat pelatihan penjamah pangan dan hasil uji laboratorium sampel; sertifikat terbit setelah inspeksi kesehatan lingkungan oleh petugas.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DINKES'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-PKM-RANGKUI-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-RANGKUI')),
    ('9901-PKM-RANGKUI-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-RANGKUI')),
    ('9901-PKM-RANGKUI-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-RANGKUI'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-PKM-BUKITINTAN-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-BUKITINTAN')),
    ('9901-PKM-BUKITINTAN-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-BUKITINTAN')),
    ('9901-PKM-BUKITINTAN-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-BUKITINTAN'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-PKM-GERUNGGANG-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-GERUNGGANG')),
    ('9901-PKM-GERUNGGANG-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-GERUNGGANG')),
    ('9901-PKM-GERUNGGANG-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '9901-PKM-GERUNGGANG'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-RSUD-RAJAL', 'Rawat Jalan',
     'Pelayanan poliklinik spesialis bagi pasien rujukan dari puskesmas atau klinik dan bagi pasien umum. Peserta JKN membawa surat rujukan, kartu JKN dan KTP-el; pendaftaran dapat dilakukan di loket atau secara daring sehari sebelumnya.',
     NULL, (SELECT id FROM unit WHERE code = '9901-RSUD')),
    ('9901-RSUD-IGD', 'Instalasi Gawat Darurat (IGD)',
     'Pelayanan gawat darurat 24 jam bagi pasien dengan kondisi yang mengancam nyawa, tanpa surat rujukan. Pasien ditangani sesuai tingkat kegawatan (triase); keluarga dapat melengkapi administrasi setelah pasien tertangani.',
     NULL, (SELECT id FROM unit WHERE code = '9901-RSUD')),
    ('9901-RSUD-RANAP', 'Rawat Inap',
     'Perawatan inap bagi pasien yang memerlukan observasi atau tindakan lanjutan atas keputusan dokter IGD atau poliklinik. Siapkan KTP-el, KK dan kartu JKN atau jaminan lain; kelas perawatan mengikuti hak kepesertaan.',
     NULL, (SELECT id FROM unit WHERE code = '9901-RSUD'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-DIKBUD-SPMB', 'Penerimaan Murid Baru (SPMB/PPDB)',
     'Pendaftaran murid baru SD dan SMP negeri di Kabupaten Rangkui melalui jalur domisili, afirmasi, prestasi dan mutasi. Siapkan akta kelahiran, KK dan rapor atau ijazah sesuai jenjang; pendaftaran dibuka sesuai jadwal yang diumumkan setiap tahun ajaran.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DIKBUD')),
    ('9901-DIKBUD-LEGALISIR', 'Legalisir Ijazah',
     'Legalisasi fotokopi ijazah SD/SMP, atau surat keterangan pengganti ijazah, bagi lulusan yang sekolahnya telah ditutup atau digabung. Bawa ijazah asli dan fotokopinya; selesai dalam 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-DIKBUD'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-KEC-RANGKUI-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-KEC-RANGKUI')),
    ('9901-KEC-RANGKUI-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '9901-KEC-RANGKUI'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-KEC-BUKITINTAN-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-KEC-BUKITINTAN')),
    ('9901-KEC-BUKITINTAN-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '9901-KEC-BUKITINTAN'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-KEC-GERUNGGANG-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-KEC-GERUNGGANG')),
    ('9901-KEC-GERUNGGANG-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '9901-KEC-GERUNGGANG'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('9901-BKPSDM-KENAIKAN-PANGKAT', 'Layanan Kenaikan Pangkat',
     'Usul kenaikan pangkat reguler maupun pilihan bagi PNS di lingkungan Pemerintah Kabupaten Rangkui, diproses melalui SIASN BKN. Berkas diajukan oleh pengelola kepegawaian perangkat daerah sesuai periode kenaikan pangkat yang ditetapkan BKN.',
     NULL, (SELECT id FROM unit WHERE code = '9901-BKPSDM')),
    ('9901-BKPSDM-CUTI', 'Layanan Cuti ASN',
     'Permohonan cuti bagi ASN (PNS dan PPPK), antara lain cuti tahunan, cuti sakit, cuti melahirkan dan cuti karena alasan penting. Ajukan melalui atasan langsung dengan dokumen pendukung sesuai jenis cuti; surat izin cuti terbit paling lama 3 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '9901-BKPSDM'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

-- ---------------------------------------------------------------------------------------------------------
-- Kepahiang (1708)
-- ---------------------------------------------------------------------------------------------------------

-- Units directly under the regency (no parent).
INSERT INTO unit (code, name, type, region_id, parent_id, address) VALUES
    ('1708-DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'DINAS', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Santoso No. 8, Pasar Ujung, Kepahiang'),
    ('1708-DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DINAS', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Kompleks Perkantoran Pemkab, Jl. Santoso, Kepahiang'),
    ('1708-DINKES', 'Dinas Kesehatan', 'DINAS', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Santoso No. 15, Kepahiang'),
    ('1708-RSUD', 'RSUD Kepahiang', 'RSUD', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Lintas Kepahiang-Curup Km. 2, Kepahiang'),
    ('1708-DIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'DINAS', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Pembangunan No. 4, Kepahiang'),
    ('1708-BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BADAN', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Kompleks Perkantoran Pemkab, Jl. Santoso, Kepahiang'),
    ('1708-KEC-KEPAHIANG', 'Kecamatan Kepahiang', 'KECAMATAN', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Jenderal Sudirman, Kepahiang'),
    ('1708-KEC-UJANMAS', 'Kecamatan Ujan Mas', 'KECAMATAN', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Raya Ujan Mas, Ujan Mas'),
    ('1708-KEC-TEBATKARAI', 'Kecamatan Tebat Karai', 'KECAMATAN', (SELECT id FROM region WHERE code = '1708'), NULL,
     'Jl. Lintas Kepahiang-Pagar Alam, Tebat Karai')
ON DUPLICATE KEY UPDATE name = VALUES(name), type = VALUES(type), region_id = VALUES(region_id),
    parent_id = VALUES(parent_id), address = VALUES(address);

-- Puskesmas under Dinas Kesehatan; region and parent are both taken from the Dinas Kesehatan row. The
-- target table is qualified in the UPDATE clause because `unit` is also read (as p) in the SELECT.
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '1708-PKM-KEPAHIANG', 'Puskesmas Kepahiang', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Lintas Bengkulu-Curup, Kepahiang'
FROM unit p WHERE p.code = '1708-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '1708-PKM-PASARKEPAHIANG', 'Puskesmas Pasar Kepahiang', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Pasar Kepahiang, Kepahiang'
FROM unit p WHERE p.code = '1708-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '1708-PKM-UJANMAS', 'Puskesmas Ujan Mas', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Raya Ujan Mas, Ujan Mas'
FROM unit p WHERE p.code = '1708-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);

-- Public services.
INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-DUKCAPIL-KTPEL', 'Penerbitan KTP-el',
     'Untuk penduduk WNI yang berusia 17 tahun, sudah kawin atau pernah kawin, termasuk penggantian KTP-el yang rusak, hilang atau berubah datanya. Bawa Kartu Keluarga (dan surat keterangan kehilangan dari kepolisian bila hilang); tanpa biaya, dicetak paling lama 1 hari kerja setelah perekaman.',
     'https://kepahiangkab.go.id/standar-pelayanan/ktp-el', (SELECT id FROM unit WHERE code = '1708-DUKCAPIL')),
    ('1708-DUKCAPIL-KK', 'Kartu Keluarga (KK)',
     'Penerbitan Kartu Keluarga baru atau perubahan data, misalnya penambahan anggota keluarga, pisah KK atau perubahan status perkawinan. Bawa KK lama dan dokumen pendukung (buku nikah, akta kelahiran atau surat pindah); tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/kartu-keluarga', (SELECT id FROM unit WHERE code = '1708-DUKCAPIL')),
    ('1708-DUKCAPIL-AKTA-LAHIR', 'Akta Kelahiran',
     'Pencatatan kelahiran anak, sebaiknya dilaporkan paling lambat 60 hari sejak kelahiran. Bawa surat keterangan lahir dari bidan, puskesmas atau rumah sakit, KK, KTP-el orang tua dan buku nikah atau akta perkawinan; tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/akta-kelahiran', (SELECT id FROM unit WHERE code = '1708-DUKCAPIL')),
    ('1708-DUKCAPIL-AKTA-MATI', 'Akta Kematian',
     'Untuk keluarga yang melaporkan kematian penduduk, paling lambat 30 hari sejak tanggal kematian. Bawa surat keterangan kematian dari desa/kelurahan atau rumah sakit, KK dan KTP-el almarhum; tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/akta-kematian', (SELECT id FROM unit WHERE code = '1708-DUKCAPIL')),
    ('1708-DUKCAPIL-PINDAH-DATANG', 'Pindah Datang',
     'Penerbitan Surat Keterangan Pindah bagi penduduk yang pindah ke luar Kabupaten Kepahiang dan pencatatan penduduk yang datang dari daerah lain. Bawa KK dan KTP-el, serta surat keterangan pindah dari daerah asal bagi pendatang; tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/pindah-datang', (SELECT id FROM unit WHERE code = '1708-DUKCAPIL'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-DPMPTSP-NIB', 'Nomor Induk Berusaha (NIB)',
     'Untuk pelaku usaha perseorangan maupun badan usaha yang mendaftarkan usahanya melalui sistem OSS berbasis risiko; petugas membantu pembuatan akun dan pengisian data. Siapkan NIK, NPWP, alamat dan bidang usaha (KBLI); NIB terbit pada hari yang sama bila data lengkap.',
     'https://kepahiangkab.go.id/standar-pelayanan/nib', (SELECT id FROM unit WHERE code = '1708-DPMPTSP')),
    ('1708-DPMPTSP-PBG', 'Persetujuan Bangunan Gedung (PBG)',
     'Untuk pemilik yang akan membangun baru, mengubah atau memperluas bangunan gedung, diajukan melalui SIMBG. Siapkan KTP-el, bukti kepemilikan atau hak atas tanah dan gambar rencana teknis bangunan; lama proses bergantung pada kompleksitas bangunan, dihitung sejak berkas dinyatakan lengkap.',
     'https://kepahiangkab.go.id/standar-pelayanan/pbg', (SELECT id FROM unit WHERE code = '1708-DPMPTSP')),
    ('1708-DPMPTSP-SIP-NAKES', 'Izin Praktik Tenaga Kesehatan',
     'Surat Izin Praktik (SIP) bagi dokter, dokter gigi, bidan, perawat dan tenaga kesehatan lain yang berpraktik di Kabupaten Kepahiang. Bawa STR, rekomendasi organisasi profesi, surat keterangan dari fasilitas kesehatan tempat praktik dan pas foto; selesai paling lama 5 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/izin-praktik-tenaga-kesehatan', (SELECT id FROM unit WHERE code = '1708-DPMPTSP'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-DINKES-SPPIRT', 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)',
     'Untuk usaha pangan olahan rumah tangga (misalnya kue, keripik atau sambal kemasan) yang ingin mencantumkan nomor P-IRT pada label. Pemohon mengikuti penyuluhan keamanan pangan dan pemeriksaan sarana produksi; sertifikat terbit setelah sarana dinyatakan memenuhi syarat.',
     'https://kepahiangkab.go.id/standar-pelayanan/spp-irt', (SELECT id FROM unit WHERE code = '1708-DINKES')),
    ('1708-DINKES-SLHS', 'Sertifikat Laik Higiene Sanitasi (SLHS)',
     'Untuk rumah makan, jasa boga, depot air minum dan dapur penyedia makanan. Siapkan denah dapur, sertifikat pelatihan penjamah pangan dan hasil uji laboratorium sampel; sertifikat terbit setelah inspeksi kesehatan lingkungan oleh petugas.',
     'https://kepahiangkab.go.id/standar-pelayanan/slhs', (SELECT id FROM unit WHERE code = '1708-DINKES'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-PKM-KEPAHIANG-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-KEPAHIANG')),
    ('1708-PKM-KEPAHIANG-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-KEPAHIANG')),
    ('1708-PKM-KEPAHIANG-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-KEPAHIANG'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-PKM-PASARKEPAHIANG-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-PASARKEPAHIANG')),
    ('1708-PKM-PASARKEPAHIANG-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-PASARKEPAHIANG')),
    ('1708-PKM-PASARKEPAHIANG-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-PASARKEPAHIANG'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-PKM-UJANMAS-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-UJANMAS')),
    ('1708-PKM-UJANMAS-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-UJANMAS')),
    ('1708-PKM-UJANMAS-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '1708-PKM-UJANMAS'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-RSUD-RAJAL', 'Rawat Jalan',
     'Pelayanan poliklinik spesialis bagi pasien rujukan dari puskesmas atau klinik dan bagi pasien umum. Peserta JKN membawa surat rujukan, kartu JKN dan KTP-el; pendaftaran dapat dilakukan di loket atau secara daring sehari sebelumnya.',
     'https://kepahiangkab.go.id/standar-pelayanan/rsud-rawat-jalan', (SELECT id FROM unit WHERE code = '1708-RSUD')),
    ('1708-RSUD-IGD', 'Instalasi Gawat Darurat (IGD)',
     'Pelayanan gawat darurat 24 jam bagi pasien dengan kondisi yang mengancam nyawa, tanpa surat rujukan. Pasien ditangani sesuai tingkat kegawatan (triase); keluarga dapat melengkapi administrasi setelah pasien tertangani.',
     'https://kepahiangkab.go.id/standar-pelayanan/rsud-igd', (SELECT id FROM unit WHERE code = '1708-RSUD')),
    ('1708-RSUD-RANAP', 'Rawat Inap',
     'Perawatan inap bagi pasien yang memerlukan observasi atau tindakan lanjutan atas keputusan dokter IGD atau poliklinik. Siapkan KTP-el, KK dan kartu JKN atau jaminan lain; kelas perawatan mengikuti hak kepesertaan.',
     'https://kepahiangkab.go.id/standar-pelayanan/rsud-rawat-inap', (SELECT id FROM unit WHERE code = '1708-RSUD'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-DIKBUD-SPMB', 'Penerimaan Murid Baru (SPMB/PPDB)',
     'Pendaftaran murid baru SD dan SMP negeri di Kabupaten Kepahiang melalui jalur domisili, afirmasi, prestasi dan mutasi. Siapkan akta kelahiran, KK dan rapor atau ijazah sesuai jenjang; pendaftaran dibuka sesuai jadwal yang diumumkan setiap tahun ajaran.',
     'https://kepahiangkab.go.id/standar-pelayanan/spmb', (SELECT id FROM unit WHERE code = '1708-DIKBUD')),
    ('1708-DIKBUD-LEGALISIR', 'Legalisir Ijazah',
     'Legalisasi fotokopi ijazah SD/SMP, atau surat keterangan pengganti ijazah, bagi lulusan yang sekolahnya telah ditutup atau digabung. Bawa ijazah asli dan fotokopinya; selesai dalam 1 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/legalisir-ijazah', (SELECT id FROM unit WHERE code = '1708-DIKBUD'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-KEC-KEPAHIANG-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '1708-KEC-KEPAHIANG')),
    ('1708-KEC-KEPAHIANG-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '1708-KEC-KEPAHIANG'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-KEC-UJANMAS-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '1708-KEC-UJANMAS')),
    ('1708-KEC-UJANMAS-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '1708-KEC-UJANMAS'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-KEC-TEBATKARAI-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '1708-KEC-TEBATKARAI')),
    ('1708-KEC-TEBATKARAI-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '1708-KEC-TEBATKARAI'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('1708-BKPSDM-KENAIKAN-PANGKAT', 'Layanan Kenaikan Pangkat',
     'Usul kenaikan pangkat reguler maupun pilihan bagi PNS di lingkungan Pemerintah Kabupaten Kepahiang, diproses melalui SIASN BKN. Berkas diajukan oleh pengelola kepegawaian perangkat daerah sesuai periode kenaikan pangkat yang ditetapkan BKN.',
     'https://kepahiangkab.go.id/standar-pelayanan/kenaikan-pangkat', (SELECT id FROM unit WHERE code = '1708-BKPSDM')),
    ('1708-BKPSDM-CUTI', 'Layanan Cuti ASN',
     'Permohonan cuti bagi ASN (PNS dan PPPK), antara lain cuti tahunan, cuti sakit, cuti melahirkan dan cuti karena alasan penting. Ajukan melalui atasan langsung dengan dokumen pendukung sesuai jenis cuti; surat izin cuti terbit paling lama 3 hari kerja.',
     'https://kepahiangkab.go.id/standar-pelayanan/cuti-asn', (SELECT id FROM unit WHERE code = '1708-BKPSDM'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

-- ---------------------------------------------------------------------------------------------------------
-- Mamuju (7602)
-- ---------------------------------------------------------------------------------------------------------

-- Units directly under the regency (no parent).
INSERT INTO unit (code, name, type, region_id, parent_id, address) VALUES
    ('7602-DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'DINAS', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Soekarno-Hatta No. 30, Mamuju'),
    ('7602-DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DINAS', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Ahmad Yani No. 10, Mamuju'),
    ('7602-DINKES', 'Dinas Kesehatan', 'DINAS', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. KS Tubun No. 22, Mamuju'),
    ('7602-RSUD', 'RSUD Kabupaten Mamuju', 'RSUD', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Kurungan Bassi No. 1, Mamuju'),
    ('7602-DIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'DINAS', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Pattalundru No. 6, Mamuju'),
    ('7602-BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BADAN', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Soekarno-Hatta No. 28, Mamuju'),
    ('7602-KEC-MAMUJU', 'Kecamatan Mamuju', 'KECAMATAN', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Yos Sudarso, Mamuju'),
    ('7602-KEC-SIMBORO', 'Kecamatan Simboro', 'KECAMATAN', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Poros Mamuju-Kalukku, Simboro'),
    ('7602-KEC-KALUKKU', 'Kecamatan Kalukku', 'KECAMATAN', (SELECT id FROM region WHERE code = '7602'), NULL,
     'Jl. Poros Mamuju-Kalukku, Kalukku')
ON DUPLICATE KEY UPDATE name = VALUES(name), type = VALUES(type), region_id = VALUES(region_id),
    parent_id = VALUES(parent_id), address = VALUES(address);

-- Puskesmas under Dinas Kesehatan; region and parent are both taken from the Dinas Kesehatan row. The
-- target table is qualified in the UPDATE clause because `unit` is also read (as p) in the SELECT.
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '7602-PKM-BINANGA', 'Puskesmas Binanga', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Diponegoro, Binanga, Mamuju'
FROM unit p WHERE p.code = '7602-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '7602-PKM-RANGAS', 'Puskesmas Rangas', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Poros Mamuju-Kalukku, Rangas, Simboro'
FROM unit p WHERE p.code = '7602-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);
INSERT INTO unit (code, name, type, region_id, parent_id, address)
SELECT '7602-PKM-TAMPAPADANG', 'Puskesmas Tampa Padang', 'PUSKESMAS', p.region_id, p.id,
       'Jl. Poros Mamuju-Kalukku, Tampa Padang, Kalukku'
FROM unit p WHERE p.code = '7602-DINKES'
ON DUPLICATE KEY UPDATE unit.name = VALUES(name), unit.type = VALUES(type), unit.region_id = VALUES(region_id),
    unit.parent_id = VALUES(parent_id), unit.address = VALUES(address);

-- Public services.
INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-DUKCAPIL-KTPEL', 'Penerbitan KTP-el',
     'Untuk penduduk WNI yang berusia 17 tahun, sudah kawin atau pernah kawin, termasuk penggantian KTP-el yang rusak, hilang atau berubah datanya. Bawa Kartu Keluarga (dan surat keterangan kehilangan dari kepolisian bila hilang); tanpa biaya, dicetak paling lama 1 hari kerja setelah perekaman.',
     'https://mamujukab.go.id/standar-pelayanan/ktp-el', (SELECT id FROM unit WHERE code = '7602-DUKCAPIL')),
    ('7602-DUKCAPIL-KK', 'Kartu Keluarga (KK)',
     'Penerbitan Kartu Keluarga baru atau perubahan data, misalnya penambahan anggota keluarga, pisah KK atau perubahan status perkawinan. Bawa KK lama dan dokumen pendukung (buku nikah, akta kelahiran atau surat pindah); tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/kartu-keluarga', (SELECT id FROM unit WHERE code = '7602-DUKCAPIL')),
    ('7602-DUKCAPIL-AKTA-LAHIR', 'Akta Kelahiran',
     'Pencatatan kelahiran anak, sebaiknya dilaporkan paling lambat 60 hari sejak kelahiran. Bawa surat keterangan lahir dari bidan, puskesmas atau rumah sakit, KK, KTP-el orang tua dan buku nikah atau akta perkawinan; tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/akta-kelahiran', (SELECT id FROM unit WHERE code = '7602-DUKCAPIL')),
    ('7602-DUKCAPIL-AKTA-MATI', 'Akta Kematian',
     'Untuk keluarga yang melaporkan kematian penduduk, paling lambat 30 hari sejak tanggal kematian. Bawa surat keterangan kematian dari desa/kelurahan atau rumah sakit, KK dan KTP-el almarhum; tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/akta-kematian', (SELECT id FROM unit WHERE code = '7602-DUKCAPIL')),
    ('7602-DUKCAPIL-PINDAH-DATANG', 'Pindah Datang',
     'Penerbitan Surat Keterangan Pindah bagi penduduk yang pindah ke luar Kabupaten Mamuju dan pencatatan penduduk yang datang dari daerah lain. Bawa KK dan KTP-el, serta surat keterangan pindah dari daerah asal bagi pendatang; tanpa biaya, selesai paling lama 1 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/pindah-datang', (SELECT id FROM unit WHERE code = '7602-DUKCAPIL'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-DPMPTSP-NIB', 'Nomor Induk Berusaha (NIB)',
     'Untuk pelaku usaha perseorangan maupun badan usaha yang mendaftarkan usahanya melalui sistem OSS berbasis risiko; petugas membantu pembuatan akun dan pengisian data. Siapkan NIK, NPWP, alamat dan bidang usaha (KBLI); NIB terbit pada hari yang sama bila data lengkap.',
     'https://mamujukab.go.id/standar-pelayanan/nib', (SELECT id FROM unit WHERE code = '7602-DPMPTSP')),
    ('7602-DPMPTSP-PBG', 'Persetujuan Bangunan Gedung (PBG)',
     'Untuk pemilik yang akan membangun baru, mengubah atau memperluas bangunan gedung, diajukan melalui SIMBG. Siapkan KTP-el, bukti kepemilikan atau hak atas tanah dan gambar rencana teknis bangunan; lama proses bergantung pada kompleksitas bangunan, dihitung sejak berkas dinyatakan lengkap.',
     'https://mamujukab.go.id/standar-pelayanan/pbg', (SELECT id FROM unit WHERE code = '7602-DPMPTSP')),
    ('7602-DPMPTSP-SIP-NAKES', 'Izin Praktik Tenaga Kesehatan',
     'Surat Izin Praktik (SIP) bagi dokter, dokter gigi, bidan, perawat dan tenaga kesehatan lain yang berpraktik di Kabupaten Mamuju. Bawa STR, rekomendasi organisasi profesi, surat keterangan dari fasilitas kesehatan tempat praktik dan pas foto; selesai paling lama 5 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/izin-praktik-tenaga-kesehatan', (SELECT id FROM unit WHERE code = '7602-DPMPTSP'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-DINKES-SPPIRT', 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)',
     'Untuk usaha pangan olahan rumah tangga (misalnya kue, keripik atau sambal kemasan) yang ingin mencantumkan nomor P-IRT pada label. Pemohon mengikuti penyuluhan keamanan pangan dan pemeriksaan sarana produksi; sertifikat terbit setelah sarana dinyatakan memenuhi syarat.',
     'https://mamujukab.go.id/standar-pelayanan/spp-irt', (SELECT id FROM unit WHERE code = '7602-DINKES')),
    ('7602-DINKES-SLHS', 'Sertifikat Laik Higiene Sanitasi (SLHS)',
     'Untuk rumah makan, jasa boga, depot air minum dan dapur penyedia makanan. Siapkan denah dapur, sertifikat pelatihan penjamah pangan dan hasil uji laboratorium sampel; sertifikat terbit setelah inspeksi kesehatan lingkungan oleh petugas.',
     'https://mamujukab.go.id/standar-pelayanan/slhs', (SELECT id FROM unit WHERE code = '7602-DINKES'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-PKM-BINANGA-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-BINANGA')),
    ('7602-PKM-BINANGA-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-BINANGA')),
    ('7602-PKM-BINANGA-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-BINANGA'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-PKM-RANGAS-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-RANGAS')),
    ('7602-PKM-RANGAS-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-RANGAS')),
    ('7602-PKM-RANGAS-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-RANGAS'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-PKM-TAMPAPADANG-RAJAL', 'Rawat Jalan Umum',
     'Pemeriksaan dan pengobatan umum bagi semua warga, baik peserta JKN (BPJS Kesehatan) maupun pasien umum. Bawa KTP-el atau kartu JKN; pendaftaran dibuka pagi pada hari kerja dan pasien dilayani sesuai nomor antrean.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-TAMPAPADANG')),
    ('7602-PKM-TAMPAPADANG-IMUNISASI', 'Imunisasi',
     'Imunisasi rutin bagi bayi dan balita, serta imunisasi bagi anak sekolah, calon pengantin dan ibu hamil, tanpa biaya. Bawa buku KIA; jenis imunisasi tertentu diberikan pada hari pelayanan yang dijadwalkan puskesmas.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-TAMPAPADANG')),
    ('7602-PKM-TAMPAPADANG-KIA', 'Pemeriksaan Ibu Hamil (KIA)',
     'Pemeriksaan kehamilan bagi ibu hamil, dianjurkan paling sedikit 6 kali selama kehamilan. Bawa buku KIA, KTP-el dan kartu JKN; pemeriksaan beserta konseling berlangsung sekitar 30 sampai 60 menit.',
     NULL, (SELECT id FROM unit WHERE code = '7602-PKM-TAMPAPADANG'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-RSUD-RAJAL', 'Rawat Jalan',
     'Pelayanan poliklinik spesialis bagi pasien rujukan dari puskesmas atau klinik dan bagi pasien umum. Peserta JKN membawa surat rujukan, kartu JKN dan KTP-el; pendaftaran dapat dilakukan di loket atau secara daring sehari sebelumnya.',
     'https://mamujukab.go.id/standar-pelayanan/rsud-rawat-jalan', (SELECT id FROM unit WHERE code = '7602-RSUD')),
    ('7602-RSUD-IGD', 'Instalasi Gawat Darurat (IGD)',
     'Pelayanan gawat darurat 24 jam bagi pasien dengan kondisi yang mengancam nyawa, tanpa surat rujukan. Pasien ditangani sesuai tingkat kegawatan (triase); keluarga dapat melengkapi administrasi setelah pasien tertangani.',
     'https://mamujukab.go.id/standar-pelayanan/rsud-igd', (SELECT id FROM unit WHERE code = '7602-RSUD')),
    ('7602-RSUD-RANAP', 'Rawat Inap',
     'Perawatan inap bagi pasien yang memerlukan observasi atau tindakan lanjutan atas keputusan dokter IGD atau poliklinik. Siapkan KTP-el, KK dan kartu JKN atau jaminan lain; kelas perawatan mengikuti hak kepesertaan.',
     'https://mamujukab.go.id/standar-pelayanan/rsud-rawat-inap', (SELECT id FROM unit WHERE code = '7602-RSUD'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-DIKBUD-SPMB', 'Penerimaan Murid Baru (SPMB/PPDB)',
     'Pendaftaran murid baru SD dan SMP negeri di Kabupaten Mamuju melalui jalur domisili, afirmasi, prestasi dan mutasi. Siapkan akta kelahiran, KK dan rapor atau ijazah sesuai jenjang; pendaftaran dibuka sesuai jadwal yang diumumkan setiap tahun ajaran.',
     'https://mamujukab.go.id/standar-pelayanan/spmb', (SELECT id FROM unit WHERE code = '7602-DIKBUD')),
    ('7602-DIKBUD-LEGALISIR', 'Legalisir Ijazah',
     'Legalisasi fotokopi ijazah SD/SMP, atau surat keterangan pengganti ijazah, bagi lulusan yang sekolahnya telah ditutup atau digabung. Bawa ijazah asli dan fotokopinya; selesai dalam 1 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/legalisir-ijazah', (SELECT id FROM unit WHERE code = '7602-DIKBUD'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-KEC-MAMUJU-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '7602-KEC-MAMUJU')),
    ('7602-KEC-MAMUJU-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '7602-KEC-MAMUJU'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-KEC-SIMBORO-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '7602-KEC-SIMBORO')),
    ('7602-KEC-SIMBORO-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '7602-KEC-SIMBORO'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-KEC-KALUKKU-SURAT-KET', 'Surat Keterangan / Rekomendasi',
     'Penerbitan surat keterangan dan rekomendasi camat, misalnya rekomendasi izin keramaian atau pengantar untuk keperluan instansi lain. Bawa surat pengantar dari desa/kelurahan, KTP-el dan KK; selesai paling lama 1 hari kerja.',
     NULL, (SELECT id FROM unit WHERE code = '7602-KEC-KALUKKU')),
    ('7602-KEC-KALUKKU-ADMINDUK', 'Pelayanan Administrasi Kependudukan Kecamatan',
     'Perekaman KTP-el serta penerimaan berkas KK, akta kelahiran, akta kematian dan pindah datang untuk diteruskan ke Disdukcapil. Bawa KK dan dokumen pendukung sesuai jenis layanan; dokumen jadi dapat diambil di kantor kecamatan.',
     NULL, (SELECT id FROM unit WHERE code = '7602-KEC-KALUKKU'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

INSERT INTO public_service (code, name, description, standard_url, unit_id) VALUES
    ('7602-BKPSDM-KENAIKAN-PANGKAT', 'Layanan Kenaikan Pangkat',
     'Usul kenaikan pangkat reguler maupun pilihan bagi PNS di lingkungan Pemerintah Kabupaten Mamuju, diproses melalui SIASN BKN. Berkas diajukan oleh pengelola kepegawaian perangkat daerah sesuai periode kenaikan pangkat yang ditetapkan BKN.',
     'https://mamujukab.go.id/standar-pelayanan/kenaikan-pangkat', (SELECT id FROM unit WHERE code = '7602-BKPSDM')),
    ('7602-BKPSDM-CUTI', 'Layanan Cuti ASN',
     'Permohonan cuti bagi ASN (PNS dan PPPK), antara lain cuti tahunan, cuti sakit, cuti melahirkan dan cuti karena alasan penting. Ajukan melalui atasan langsung dengan dokumen pendukung sesuai jenis cuti; surat izin cuti terbit paling lama 3 hari kerja.',
     'https://mamujukab.go.id/standar-pelayanan/cuti-asn', (SELECT id FROM unit WHERE code = '7602-BKPSDM'))
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description),
    standard_url = VALUES(standard_url), unit_id = VALUES(unit_id);

-- ---------------------------------------------------------------------------------------------------------
-- Staff scopes (Keycloak usernames from the demo realm; issue 15): where each staff role applies
-- ---------------------------------------------------------------------------------------------------------
-- The NOT EXISTS guards keep re-runs quiet. admin1 is the portal operator and needs no scope; the moderator's
-- regions are in R__demo_forum.sql. hr1 is the BKPSDM officer of all three demo regencies (the demo's "see
-- everything" HR login); hr.kepahiang and hr.mamuju each see only their own regency, admin.kepahiang administers
-- Kepahiang only.
INSERT INTO staff_scope (username, role, unit_id, region_id, granted_by, reason)
SELECT 'petugas.dukcapil', 'officer', u.id, u.region_id, 'demo', 'demo' FROM unit u
WHERE u.code = '1708-DUKCAPIL'
  AND NOT EXISTS (SELECT 1 FROM staff_scope o WHERE o.username = 'petugas.dukcapil' AND o.role = 'officer'
                  AND o.unit_id = u.id);

-- The demo queue machine (Keycloak client suarawarga-counter-demo, realm role counter; issue 16) prints visit codes
-- on the tickets of Disdukcapil Kepahiang.
INSERT INTO staff_scope (username, role, unit_id, region_id, granted_by, reason)
SELECT 'service-account-suarawarga-counter-demo', 'counter', u.id, u.region_id, 'demo', 'demo' FROM unit u
WHERE u.code = '1708-DUKCAPIL'
  AND NOT EXISTS (SELECT 1 FROM staff_scope o WHERE o.username = 'service-account-suarawarga-counter-demo'
                  AND o.role = 'counter' AND o.unit_id = u.id);

INSERT INTO staff_scope (username, role, region_id, granted_by, reason)
SELECT g.username, g.role, r.id, 'demo', 'demo'
FROM (SELECT 'hr1' AS username, 'hr' AS role, '9901' AS region
      UNION ALL SELECT 'hr1', 'hr', '1708' UNION ALL SELECT 'hr1', 'hr', '7602'
      UNION ALL SELECT 'hr.kepahiang', 'hr', '1708' UNION ALL SELECT 'hr.mamuju', 'hr', '7602'
      UNION ALL SELECT 'admin.kepahiang', 'admin', '1708') g
JOIN region r ON r.code = g.region
WHERE NOT EXISTS (SELECT 1 FROM staff_scope s WHERE s.username = g.username AND s.role = g.role
                  AND s.unit_id IS NULL AND s.region_id = r.id);
