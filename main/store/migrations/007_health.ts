// Version 7: the health watch. Each handoff keeps the packages it carried (ids and exact names, no
// secret), so drift is measured against what the consultant was given rather than today's
// selection; handoffs made before this version have none and say so. Each run of the checks is
// kept with its verdicts and evidence, newest last, for the Health page's history.
export const up = `
ALTER TABLE handoffs ADD COLUMN packages TEXT;

CREATE TABLE health_runs (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
  at              TEXT NOT NULL,
  trigger         TEXT NOT NULL CHECK (trigger IN ('open','schedule','manual','cli')),
  verdict         TEXT NOT NULL CHECK (verdict IN ('ok','warn','fail')),
  results         TEXT NOT NULL
);
CREATE INDEX health_runs_integration ON health_runs (integration_id, id);
`;
