// Version 2: per-integration settings that the steps fill in (non-secret values only:
// secrets live in `secrets` as ciphertext), and package plans made before the portal exists.
export const up = `
CREATE TABLE integration_settings (
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  key             TEXT NOT NULL,
  value           TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (integration_id, key)
);

CREATE TABLE package_plans (
  id              TEXT PRIMARY KEY,
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  name            TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  check_types     TEXT NOT NULL DEFAULT '[]',
  tags            TEXT NOT NULL DEFAULT '[]',
  created_at      TEXT NOT NULL,
  package_id      TEXT
);
`;
