// What analysis reads: the claim shape lives in domain/ (the store hands it in too).
export type { AnalysisClaim, ClaimTime } from '../domain/analysis-claim.ts';
