// Version 6: what lets a re-sync write nothing when nothing changed and a tick stay O(1).
// `missing_since` marks a kept package that Certn no longer lists (a selected one, or one added by
// URL), so a row's own sync time no longer has to be rewritten on every sync to prove it exists.
// `lookalike_key` is a package name in the form a person would read as the same (see
// lookalikeKey), indexed so one package's look-alikes are one lookup, not a scan of the account.
export const up = `
ALTER TABLE packages ADD COLUMN missing_since TEXT;
ALTER TABLE packages ADD COLUMN lookalike_key TEXT;
UPDATE packages SET lookalike_key = lookalike_key(name);
UPDATE packages SET missing_since = synced_at
  WHERE synced_at < (SELECT json_extract(s.value, '$') FROM integration_settings s
                     WHERE s.integration_id = packages.integration_id AND s.key = 'packagesSyncedAt');
CREATE INDEX packages_lookalike ON packages (integration_id, lookalike_key);
`;
