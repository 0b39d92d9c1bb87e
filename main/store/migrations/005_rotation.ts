// Version 5: credential rotations. A rotation walks one credential (the webhook pair, the Certn API
// key or the iCIMS credentials) from the portal to the vault, a new handoff and a verification that
// the old credential is refused. A handoff made during a webhook rotation supersedes the earlier
// ones: they carry credentials that no longer work. No secret is kept here.
export const up = `
ALTER TABLE handoffs ADD COLUMN superseded_at TEXT;
ALTER TABLE handoffs ADD COLUMN superseded_by TEXT;

CREATE TABLE rotations (
  id                       TEXT PRIMARY KEY,
  integration_id           TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  kind                     TEXT NOT NULL CHECK (kind IN ('webhook', 'certn_api_key', 'icims')),
  reason                   TEXT NOT NULL,
  started_at               TEXT NOT NULL,
  portal_done_at           TEXT,
  captured_at              TEXT,
  handoff_id               TEXT,
  applied_at               TEXT,
  old_revoked_at           TEXT,
  verified_at              TEXT,
  verification             TEXT,
  completed_at             TEXT,
  cancelled_at             TEXT
);
CREATE INDEX rotations_integration ON rotations (integration_id, started_at);
`;
