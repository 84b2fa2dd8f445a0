/**
 * A tiny L2-regularised logistic regression (batch gradient descent on standardised features).
 * Chosen over anything heavier because every weight belongs to a named feature, so a finding can
 * say which features pushed it, and the fitted model is a few numbers shipped as data.
 */
export interface LogRegModel {
  names: string[];
  mean: number[];
  std: number[];
  w: number[];
  b: number;
}

export interface LogRegOptions {
  l2?: number;
  iters?: number;
  lr?: number;
  /** weight of positive examples; default √(neg/pos), a mild re-balancing */
  posWeight?: number;
}

export function fitLogReg(X: number[][], y: number[], names: string[], opts: LogRegOptions = {}): LogRegModel {
  const l2 = opts.l2 ?? 1e-2;
  const iters = opts.iters ?? 3000;
  const lr = opts.lr ?? 0.5;
  const n = X.length;
  const d = names.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const x of X) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of X) for (let j = 0; j < d; j++) std[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]!) || 1;
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]!) / std[j]!));
  const npos = y.filter((v) => v === 1).length;
  const pw = opts.posWeight ?? Math.max(1, (n - npos) / Math.max(1, npos)) ** 0.5;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iters; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    let tw = 0;
    for (let i = 0; i < n; i++) {
      const z = Z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * z[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const wt = y[i] === 1 ? pw : 1;
      const e = (p - y[i]!) * wt;
      tw += wt;
      for (let j = 0; j < d; j++) gw[j]! += e * z[j]!;
      gb += e;
    }
    let step = Math.abs(lr * (gb / tw));
    for (let j = 0; j < d; j++) {
      const dw = lr * (gw[j]! / tw + l2 * w[j]!);
      w[j]! -= dw;
      step = Math.max(step, Math.abs(dw));
    }
    b -= lr * (gb / tw);
    if (step < 1e-9) break; // converged: further steps change nothing that matters
  }
  return { names, mean, std, w, b };
}

export function predictLogReg(m: LogRegModel, x: readonly number[]): number {
  let s = m.b;
  for (let j = 0; j < m.w.length; j++) s += m.w[j]! * ((x[j]! - m.mean[j]!) / m.std[j]!);
  return 1 / (1 + Math.exp(-s));
}

/** Per-feature contributions to the log-odds, largest first (evidence of a decision). */
export function explainLogReg(m: LogRegModel, x: readonly number[]): { name: string; contrib: number }[] {
  return m.names
    .map((name, j) => ({ name, contrib: m.w[j]! * ((x[j]! - m.mean[j]!) / m.std[j]!) }))
    .sort((a, b) => Math.abs(b.contrib) - Math.abs(a.contrib));
}

/**
 * The score threshold maximising F1 on (score, label) rows, placed halfway to the next lower score
 * so a slightly lower unseen score still passes. Ties keep the first (highest) threshold.
 */
export function bestF1Threshold(rows: readonly { s: number; y: number }[]): number {
  const sc = [...rows].sort((a, b) => b.s - a.s);
  const P = sc.filter((r) => r.y).length;
  let tp = 0;
  let fp = 0;
  let best = { f1: -1, t: 0.5 };
  for (let i = 0; i < sc.length; i++) {
    if (sc[i]!.y) tp++;
    else fp++;
    if (i + 1 < sc.length && sc[i + 1]!.s === sc[i]!.s) continue; // a threshold cannot split equal scores
    const f1 = (2 * tp) / (tp + fp + P);
    const t = i + 1 < sc.length ? (sc[i]!.s + sc[i + 1]!.s) / 2 : sc[i]!.s;
    if (f1 > best.f1) best = { f1, t };
  }
  return best.t;
}
