export {
	resilience,
	riskBand,
	SUSTAINABLE_YEARS_CAP,
	type RiskBand,
	type ResilienceReading
} from './resilience';
export { guardrails, NEAR, type Guardrail, type GuardrailStatus } from './guardrails';
export {
	tornado,
	tornadoFast,
	tornadoFastSteps,
	tornadoSteps,
	cumulativeGap,
	uncertainParameters,
	SENSITIVITY_YEARS,
	type TornadoEntry
} from './sensitivity';
export {
	goalSeek,
	closestLevers,
	seekableLevers,
	leversFor,
	targetShortfall,
	type GoalTarget,
	type GoalSeekResult
} from './goal-seek';
export {
	monteCarlo,
	monteCarloSteps,
	seededRandom,
	triangular,
	DEFAULT_RUNS,
	DEFAULT_SEED,
	type MonteCarloOptions,
	type MonteCarloResult,
	type Percentiles
} from './monte-carlo';
export {
	analysisKinds,
	isAnalysisKind,
	runAnalysis,
	type AnalysisKind,
	type AnalysisRequest
} from './run';
