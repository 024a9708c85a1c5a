/**
 * Whether a larger score is better, guessed from the metric's name: leaderboards name their
 * columns but never say which way they sort. Errors, losses, perplexities, distances, costs
 * and sizes go down; nearly everything else (accuracy, F1, BLEU, AUC, mAP, ELO) goes up.
 */
const LOWER_IS_BETTER = new RegExp(
  [
    'errors?', 'err', 'loss', 'perplexity', 'ppl', 'wer', 'cer', 'ter', 'fid', 'kid', 'lpips', 'niqe',
    'latency', 'time', 'runtime', 'seconds?', 'ms', 'mae', 'mse', 'rmse', 'rmsle', 'mape', 'nll', 'bpc', 'bpd',
    'bits? per (?:character|char|dim|dimension|byte|pixel)', 'cross[- ]?entropy', 'entropy', 'distance',
    'eer', 'fpr', 'fnr', 'far', 'frr', 'miss rate', 'ece', 'epe', 'chamfer', 'abs ?rel', 'sq ?rel',
    '(?:mean|median|average) rank', 'params', 'parameters', 'number of params', 'flops', 'macs', 'memory',
    'model size', 'hamming', 'word error', 'edit distance',
  ].join('|'),
  'i',
);
const BOUNDED = new RegExp(`(?:^|[^a-z])(?:${LOWER_IS_BETTER.source})(?:$|[^a-z])`, 'i');
// Names that contain a lower-is-better word but measure something to raise.
const HIGHER_DESPITE_NAME = /reciprocal|error reduction|speed ?up|throughput|fps|below curve/i;

export function guessHigherIsBetter(metric: string): boolean {
  if (HIGHER_DESPITE_NAME.test(metric)) return true;
  return !BOUNDED.test(metric);
}
