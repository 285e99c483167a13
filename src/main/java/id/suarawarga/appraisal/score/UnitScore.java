package id.suarawarga.appraisal.score;

import id.suarawarga.feedback.skm.IkmResult;

/**
 * A unit's community score for a period: the public IKM (same code, {@link id.suarawarga.feedback.skm}) over its
 * counted SKM answers, the Krejcie–Morgan sufficiency, and three robust scores — overall (SKM answers and unit
 * ratings), staff conduct (U6 competence, U7 behaviour) and service conditions (U1–U5, U8, U9, not the staff's
 * doing).
 *
 * @param answers        counted answers (after exclusions), surveys and ratings
 * @param excluded       answers kept out by at least one active exclusion
 * @param respondents    counted SKM questionnaires
 * @param ratings        counted unit ratings
 * @param serviceUsers   service users recorded for the unit's services in the period; null when none recorded
 * @param sampleMinimum  Krejcie–Morgan minimum for those users; null without users
 * @param representative respondents reach {@code sampleMinimum}
 */
public record UnitScore(long unitId, long regionId, long answers, long excluded, long respondents, long ratings,
        IkmResult ikm, Long serviceUsers, Long sampleMinimum, boolean representative, Estimate overall,
        Estimate staffConduct, Estimate serviceConditions) {
}
