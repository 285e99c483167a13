/**
 * The community satisfaction survey (<em>Survei Kepuasan Masyarakat</em>, SKM) arithmetic of PermenPANRB
 * No. 14 Tahun 2017: the per-element and weighted averages (NRR), the converted index (IKM), its grade
 * (<em>mutu pelayanan</em>), the Krejcie–Morgan minimum sample, reporting periods and the working-day clock for
 * answering citizens.
 *
 * <p>Plain Java on purpose: no framework imports, so that every number shown to HR can be reproduced from the
 * rows and the formulas here, and each class is unit-tested against worked examples. Services load the rows and
 * call in.
 */
package id.suarawarga.feedback.skm;
