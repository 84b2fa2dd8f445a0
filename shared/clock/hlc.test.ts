import { describe, expect, it } from 'vitest';
import { formatHlc, HlcClock, parseHlc, receive, tick } from './hlc';

describe('hybrid logical clock', () => {
  it('issues strictly increasing timestamps even when the wall clock goes back', () => {
    let now = 1_000_000;
    const clock = new HlcClock('dev-a', () => now);
    const a = clock.next();
    now -= 60_000; // the town office's clock is corrected backwards
    const b = clock.next();
    const c = clock.next();
    expect(a < b && b < c).toBe(true);
    expect(parseHlc(c).wall).toBe(1_000_000);
  });

  it('orders after a remote timestamp it has seen', () => {
    const local = new HlcClock('dev-a', () => 5_000);
    const remote = formatHlc({ wall: 9_000, counter: 3, device: 'dev-b' });
    local.observe(remote);
    expect(local.next() > remote).toBe(true);
  });

  it('round-trips and sorts as text in time order', () => {
    const h = { wall: 1_732_700_000_000, counter: 42, device: 'town-xiaolan' };
    expect(parseHlc(formatHlc(h))).toEqual(h);
    const stamps = [tick(h, 0), tick(h, h.wall + 1), receive(h, { ...h, counter: 50, device: 'x' }, 0)].map(formatHlc);
    expect([...stamps].sort()).toEqual([stamps[0], stamps[2], stamps[1]]);
    expect(() => parseHlc('yesterday')).toThrow();
  });
});
