// Version 3: what a handoff record needs beyond version 1's columns: the SHA-256 of the HTML
// decryptor page (next to `sha256`, the .asc file's) and the file names' base, so the admin can
// recognise the files later. Still no secret: keycodes are never stored.
export const up = `
ALTER TABLE handoffs ADD COLUMN sha256_html TEXT;
ALTER TABLE handoffs ADD COLUMN file_base TEXT;
CREATE INDEX handoffs_integration ON handoffs (integration_id, created_at);
`;
