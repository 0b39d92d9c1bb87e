/** Wall clock, injectable so tests can pin time (expiry reminders, overdue milestones, auto-lock). */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
