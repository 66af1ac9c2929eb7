// What analysis reads: the claim shape lives in domain/ (the store hands it in too).
export type { AnalysisClaim, ClaimTime, CountryCount } from '../domain/analysis-claim.ts';
