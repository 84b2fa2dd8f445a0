/**
 * Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a counter, so timestamps
 * are monotonic on one device even when its clock jumps back, and order causally across devices.
 * Encoded as a fixed-width string that sorts lexicographically: `wall(15)-counter(5)-device`.
 */
export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 99_999;

export function formatHlc(h: Hlc): string {
  return `${String(h.wall).padStart(WALL_WIDTH, '0')}-${String(h.counter).padStart(COUNTER_WIDTH, '0')}-${h.device}`;
}

export function parseHlc(s: string): Hlc {
  const m = /^(\d{15})-(\d{5})-(.+)$/.exec(s);
  if (!m) throw new Error(`bad HLC timestamp: ${s.slice(0, 40)}`);
  return { wall: Number(m[1]), counter: Number(m[2]), device: m[3]! };
}

/** Local event: advance past both the wall clock and the last timestamp issued. */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, device: last.device };
  if (last.counter >= MAX_COUNTER) return { wall: last.wall + 1, counter: 0, device: last.device };
  return { wall: last.wall, counter: last.counter + 1, device: last.device };
}

/** Receive a remote timestamp: the result is after both the local and the remote one. */
export function receive(local: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(local.wall, remote.wall, now);
  let counter: number;
  if (wall === local.wall && wall === remote.wall) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local.wall) counter = local.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0, device: local.device };
  return { wall, counter, device: local.device };
}

/** A clock that hands out increasing timestamps for one device. */
export class HlcClock {
  private last: Hlc;
  constructor(device: string, private readonly now: () => number = Date.now, last?: string) {
    this.last = last ? { ...parseHlc(last), device } : { wall: 0, counter: 0, device };
  }
  next(): string {
    this.last = tick(this.last, this.now());
    return formatHlc(this.last);
  }
  observe(remote: string): void {
    this.last = receive(this.last, parseHlc(remote), this.now());
  }
  peek(): string {
    return formatHlc(this.last);
  }
}
