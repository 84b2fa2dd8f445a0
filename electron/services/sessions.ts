import { randomBytes } from 'node:crypto';

interface Session {
  userId: string;
  expiresAt: number;
}

/** Signed-in sessions live in memory only: a restart signs everyone out, nothing secret on disk. */
export class Sessions {
  private sessions = new Map<string, Session>();
  constructor(private readonly ttlMs = 12 * 60 * 60 * 1000, private readonly now: () => number = Date.now) {}

  create(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, expiresAt: this.now() + this.ttlMs });
    return token;
  }

  /** The session's user id, sliding the expiry; null when unknown or expired. */
  resolve(token: string | null): string | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    if (s.expiresAt < this.now()) {
      this.sessions.delete(token);
      return null;
    }
    s.expiresAt = this.now() + this.ttlMs;
    return s.userId;
  }

  end(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of the user except `keep` (the caller's own, when they changed it). */
  endAllFor(userId: string, keep?: string): void {
    for (const [token, s] of this.sessions) if (s.userId === userId && token !== keep) this.sessions.delete(token);
  }
}

/** Failed sign-ins per user name: after 5 failures within 5 minutes, refuse for the window's rest. */
export class LoginLimiter {
  private failures = new Map<string, number[]>();
  constructor(private readonly max = 5, private readonly windowMs = 5 * 60 * 1000, private readonly now: () => number = Date.now) {}

  /** Seconds to wait, or 0 when a try is allowed. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    return Math.ceil((recent[0]! + this.windowMs - this.now()) / 1000);
  }
  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }
  succeed(key: string): void {
    this.failures.delete(key);
  }
  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > cutoff);
  }
}
