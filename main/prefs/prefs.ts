import { z } from 'zod';
import { setLocale } from '../shared/i18n';
import { LANGUAGE_PREFS, resolveLocale, type Locale } from '../shared/i18n/locales';

/**
 * UI preferences only: never secrets, never integration data (that lives in SQLite).
 * In Electron the store is electron-store (main/electron/prefs-store.ts); under plain Node
 * (browser mode, tests) it is `conf`, which electron-store is a thin layer over.
 */
export const PrefsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  lastIntegrationId: z.string().nullable().default(null),
  autoLockMinutes: z.number().int().min(0).max(24 * 60).default(15),
  windowBounds: z
    .object({ x: z.number().int().optional(), y: z.number().int().optional(), width: z.number().int().min(400), height: z.number().int().min(300), maximized: z.boolean().optional() })
    .nullable()
    .default(null),
  firstRunDone: z.boolean().default(false),
  /** Hours between health runs while the console is open; 0 checks only when it opens. */
  healthIntervalHours: z.number().int().min(0).max(24).default(4),
  /** The console's language: the system's (when it is French or English), or one chosen in Settings. */
  language: z.enum(LANGUAGE_PREFS).default('system'),
});
export type Prefs = z.infer<typeof PrefsSchema>;

/** The subset of electron-store/conf that the console relies on. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export class PrefsService {
  /**
   * `systemLocales`: the system's preferred languages, most preferred first (Electron's
   * app.getPreferredSystemLanguages(), or the POSIX locale variables under plain Node). Main's
   * messages follow the language from the moment the preferences are read.
   */
  constructor(
    private readonly kv: KeyValueStore,
    private readonly systemLocales: readonly string[] = [],
  ) {
    setLocale(this.locale());
  }

  private readonly localeListeners = new Set<(locale: Locale) => void>();

  /** Called after the console's language changes (the desktop menu is built again in it). Returns an unsubscribe. */
  onLocaleChange(listener: (locale: Locale) => void): () => void {
    this.localeListeners.add(listener);
    return () => this.localeListeners.delete(listener);
  }

  /** The language the console speaks now: the preference, with "system" resolved. */
  locale(prefs: Prefs = this.get()): Locale {
    return resolveLocale(prefs.language, this.systemLocales);
  }

  get(): Prefs {
    const parsed = PrefsSchema.safeParse(this.kv.store);
    // A hand-edited or older preferences file must never stop the console from starting.
    return parsed.success ? parsed.data : PrefsSchema.parse({});
  }

  set(patch: Partial<Prefs>): Prefs {
    const before = this.locale();
    const next = PrefsSchema.parse({ ...this.get(), ...patch });
    this.kv.set(next as unknown as Record<string, unknown>);
    const locale = this.locale(next);
    setLocale(locale);
    if (locale !== before) for (const listener of this.localeListeners) listener(locale);
    return next;
  }
}
