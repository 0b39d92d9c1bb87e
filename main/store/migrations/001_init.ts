// Version 1: integrations, their secrets (ciphertext only), packages, groups, milestones,
// handoff records and the audit log.
export const up = `
CREATE TABLE integrations (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  environment   TEXT NOT NULL CHECK (environment IN ('ca','uk','au','sandbox','simulator')),
  current_step  TEXT NOT NULL DEFAULT 'connect',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE vault_meta (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  kind         TEXT NOT NULL,
  kdf          TEXT,
  kdf_params   TEXT,
  salt         BLOB,
  wrapped_key  BLOB NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE secrets (
  id              TEXT PRIMARY KEY,
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL,
  ciphertext      BLOB NOT NULL,
  length          INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (integration_id, kind)
);

CREATE TABLE packages (
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  id              TEXT NOT NULL,
  name            TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  is_active       INTEGER,
  use_for_ats     INTEGER,
  tags            TEXT NOT NULL DEFAULT '[]',
  check_types     TEXT NOT NULL DEFAULT '[]',
  selected        INTEGER NOT NULL DEFAULT 0,
  source          TEXT NOT NULL DEFAULT 'sync',
  synced_at       TEXT,
  PRIMARY KEY (integration_id, id)
);

CREATE TABLE groups (
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  id              TEXT NOT NULL,
  short_id        TEXT,
  parent_id       TEXT,
  name            TEXT NOT NULL,
  is_active       INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (integration_id, id)
);

CREATE TABLE milestones (
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL,
  at              TEXT NOT NULL,
  data            TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (integration_id, kind)
);

CREATE TABLE handoffs (
  id               TEXT PRIMARY KEY,
  integration_id   TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  created_at       TEXT NOT NULL,
  expires_at       TEXT NOT NULL,
  recipient_label  TEXT NOT NULL,
  method           TEXT NOT NULL,
  sha256           TEXT NOT NULL,
  fingerprint      TEXT,
  leaked_at        TEXT
);

-- No foreign key: the audit trail outlives what it describes.
CREATE TABLE audit_log (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  at              TEXT NOT NULL,
  actor           TEXT NOT NULL,
  action          TEXT NOT NULL,
  integration_id  TEXT,
  detail          TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_integration ON audit_log (integration_id, seq);
`;
