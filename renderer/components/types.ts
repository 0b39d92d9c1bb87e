import type { api } from '../api';

// What the setup channels answer, named once for the step components.
export type CertnStatus = Awaited<ReturnType<typeof api.certn.status>>;
export type PackageView = Awaited<ReturnType<typeof api.packages.list>>['rows'][number];
export type SyncStatus = Awaited<ReturnType<typeof api.packages.syncStatus>>;
export type PackagePlan = Awaited<ReturnType<typeof api.packages.plan>>;
export type IcimsStep = Awaited<ReturnType<typeof api.icims.get>>;
export type ConnectionStep = Awaited<ReturnType<typeof api.connection.get>>;
export type Group = ConnectionStep['groups'][number];
export type ProbeResult = Awaited<ReturnType<typeof api.golive.probe>>;
export type CaseView = Awaited<ReturnType<typeof api.golive.cases>>[number];
export type RehearsalState = Awaited<ReturnType<typeof api.rehearsal.state>>;
