export declare const STAMP: string;
export declare const SOURCES: readonly string[];
export declare const OUTPUTS: readonly string[];
/** Why a build is needed before starting, in a few words; null when dist/ is up to date. */
export declare function buildReason(root: string): string | null;
export declare function writeStamp(root: string, startedAt: number): void;
