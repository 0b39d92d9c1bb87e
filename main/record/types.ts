// What the integration record shows. Plain data, gathered by the setup layer and drawn by pdf.ts;
// by construction it has no field for a secret: only names, ids, dates, hashes and outcomes.

/** The latest health result, as the health watch stores it. */
export interface HealthSummary {
  checkedAt: string;
  /** The overall verdict in words, e.g. "Healthy" or "2 checks failing". */
  verdict: string;
  checks: { name: string; verdict: string; evidence: string }[];
}

/** Where the record reads the latest health result from; the health watch supplies one. */
export interface HealthReader {
  latest(integrationId: string): HealthSummary | null;
}

/** Until a health watch is wired in, the record says no check has run. */
export const NO_HEALTH_READER: HealthReader = { latest: () => null };

export interface RecordData {
  generatedAt: string;
  integrationName: string;
  company: string;
  environment: string;
  environmentLabel: string;
  endpointUrl: string | null;
  endpointNote: string | null;
  icimsCustomerId: string | null;
  icimsHosting: string | null;
  packages: { id: string; name: string; active: boolean | null; ats: boolean | null }[];
  reportType: string | null;
  defaultGroup: { id: string; name: string; shortId: string | null } | null;
  milestones: { label: string; at: string }[];
  handoffs: {
    createdAt: string;
    recipient: string;
    method: string;
    expiresAt: string;
    sha256: string;
    sha256Html: string | null;
    state: string;
  }[];
  rotations: { credential: string; reason: string; startedAt: string; endedAt: string | null; outcome: string }[];
  health: HealthSummary | null;
  audit: { total: number; firstAt: string | null; lastAt: string | null; byAction: { label: string; count: number }[]; recent: { at: string; sentence: string }[] };
}
