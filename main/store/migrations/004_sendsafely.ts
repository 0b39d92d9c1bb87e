// Version 4: a handoff sent through SendSafely keeps the package id, its host, the recipient, the
// life in days and what tracking last saw (state, first opening, when checked, when deleted).
// Never the keyCode or the secure link: those are shown once and kept nowhere.
export const up = `
ALTER TABLE handoffs ADD COLUMN ss_package_id TEXT;
ALTER TABLE handoffs ADD COLUMN ss_host TEXT;
ALTER TABLE handoffs ADD COLUMN ss_recipient TEXT;
ALTER TABLE handoffs ADD COLUMN ss_life_days INTEGER;
ALTER TABLE handoffs ADD COLUMN ss_notified INTEGER;
ALTER TABLE handoffs ADD COLUMN ss_state TEXT;
ALTER TABLE handoffs ADD COLUMN ss_opened_at TEXT;
ALTER TABLE handoffs ADD COLUMN ss_openings INTEGER;
ALTER TABLE handoffs ADD COLUMN ss_checked_at TEXT;
ALTER TABLE handoffs ADD COLUMN ss_deleted_at TEXT;
`;
