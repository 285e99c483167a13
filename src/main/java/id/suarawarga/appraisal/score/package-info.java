/**
 * The arithmetic of the appraisal inputs (<em>bukti dukung</em> for the behaviour part of PermenPANRB 6/2022):
 * robust unit scores shrunk toward the regency mean, their 95&nbsp;% intervals, sufficiency, the staff-conduct
 * sub-score, the brigading rules, the NIP check and the canonical form that a snapshot's SHA-256 is taken over.
 *
 * <p>Plain Java on purpose, like {@code feedback.skm} (whose IKM, grade and sample size it reuses): no framework
 * imports, so that every figure HR cites can be recomputed from the stored answers and these formulas, and each
 * class is unit-tested against worked examples. {@code docs/appraisal.md} explains the same in plain words.
 */
package id.suarawarga.appraisal.score;
