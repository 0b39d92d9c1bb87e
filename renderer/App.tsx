import { Suspense, useCallback, useEffect, useState } from 'react';
import { api, mode, VAULT_LOCKED_EVENT } from './api';
import { useAction, useLoad } from './hooks';
import { ErrorNote } from './components/ErrorNote';
import { VaultGate } from './components/VaultGate';
import { FirstRun } from './components/FirstRun';
import { Sidebar, type View } from './components/Sidebar';
import { StepNav } from './components/StepNav';
import { Settings } from './components/Settings';
import { AuditLog } from './components/AuditLog';
import { StepHelp } from './components/StepHelp';
import { preloadSteps, STEP_COMPONENTS } from './steps';
import { firstCalls } from './boot';
import { guessLocale, I18nProvider, useT } from './i18n';
import { HealthPage } from './components/HealthPage';
import { failureNotice } from '../main/shared/health';
import { focusMain, focusNewHeading, labelAnnouncer, mountAnnouncer } from './focus';
import { useConsoleEvent } from './push';
import type { StepId } from '../main/shared/steps';
import type { Integration } from '../main/ipc/contract/foundation';

type VaultStatus = Awaited<ReturnType<typeof api.vault.status>>;
type Prefs = Awaited<ReturnType<typeof api.prefs.get>>;

/**
 * What must outlive a change of language stays here, above the I18nProvider: it remounts everything
 * below it in the new language (so what main words is fetched again in that language), and the
 * vault's state, the preferences and the screen shown must not go back to their first values.
 */
export function App() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [vault, setVault] = useState<VaultStatus | null>(null);
  const [fatal, setFatal] = useState<unknown>(null);
  const [view, setView] = useState<View>('steps');

  useEffect(() => {
    firstCalls.then(([v, p]) => (setVault(v), setPrefs(p)), setFatal);
  }, []);

  useEffect(() => {
    if (prefs) document.documentElement.dataset.theme = prefs.theme;
  }, [prefs]);

  // Unlocking opens the steps, whatever screen was shown when the vault locked.
  useEffect(() => {
    if (vault?.locked) setView('steps');
  }, [vault?.locked]);

  // Main pushes vault.locked when the vault locks (idle timeout, or locked elsewhere), and any call
  // that finds it locked says so too: either way the shell returns to the unlock screen.
  const reread = useCallback(() => void api.vault.status({}).then(setVault, setFatal), []);
  useConsoleEvent('vault.locked', reread, reread);
  useEffect(() => {
    window.addEventListener(VAULT_LOCKED_EVENT, reread);
    return () => window.removeEventListener(VAULT_LOCKED_EVENT, reread);
  }, [reread]);

  return (
    <I18nProvider locale={prefs?.locale ?? guessLocale()}>
      <Shell prefs={prefs} setPrefs={setPrefs} vault={vault} setVault={setVault} fatal={fatal} view={view} setView={setView} />
    </I18nProvider>
  );
}

interface ShellProps {
  prefs: Prefs | null;
  setPrefs: (p: Prefs) => void;
  vault: VaultStatus | null;
  setVault: (v: VaultStatus) => void;
  fatal: unknown;
  view: View;
  setView: (v: View) => void;
}

function Shell({ prefs, setPrefs, vault, setVault, fatal, view, setView }: ShellProps) {
  const t = useT();

  // The window's title and the live region's name follow the language (index.html holds the English title until then).
  useEffect(() => {
    document.title = t('shell.app.title');
    labelAnnouncer(t('shell.app.announcements'));
  }, [t]);

  return (
    <>
      {fatal ? (
        <main className="gate"><div className="card narrow"><ErrorNote error={fatal} /></div></main>
      ) : !vault || !prefs ? (
        <main className="gate" aria-busy="true">{t('shell.app.loading')}</main>
      ) : vault.locked ? (
        <VaultGate status={vault} onChange={setVault} />
      ) : (
        <Console prefs={prefs} setPrefs={setPrefs} vault={vault} setVault={setVault} view={view} setView={setView} />
      )}
      {/* One polite live region for the whole app: results of actions are read out from here. */}
      <div className="sr-only" ref={mountAnnouncer} />
    </>
  );
}

function Console(props: { prefs: Prefs; setPrefs: (p: Prefs) => void; vault: VaultStatus; setVault: (v: VaultStatus) => void; view: View; setView: (v: View) => void }) {
  const { prefs, setPrefs, view, setView } = props;
  const t = useT();
  const list = useLoad(() => api.integrations.list({}), []);
  const integrations = list.data ?? [];

  const selected = integrations.find((i) => i.id === prefs.lastIntegrationId) ?? integrations[0] ?? null;

  const health = useLoad(() => api.health.summary({}), []);
  const verdicts = Object.fromEntries((health.data ?? []).map((h) => [h.integrationId, h.verdict]));
  // A run that finds a new failure: the badge updates, and in browser mode a notification if allowed
  // (the desktop app notifies from main). Permission is only ever asked on the Health page, by a click.
  useConsoleEvent(
    'health.changed',
    (e) => {
      health.reload();
      if (mode === 'browser' && e.newFailures.length && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        const { title, body } = failureNotice(e, t);
        try {
          new Notification(title, { body, tag: `health-${e.integrationId}` });
        } catch {
          // Some browsers allow notifications only from a service worker; the badge still shows it.
        }
      }
    },
    health.reload,
  );
  const [stepNonce, setStepNonce] = useState(0);
  const openHealth = async (id: string) => {
    setPrefs(await api.prefs.set({ lastIntegrationId: id }));
    setView('health');
    focusNewHeading();
  };
  const goToStep = async (id: string, step: StepId) => {
    const updated = await api.integrations.setStep({ id, step });
    list.setData((integrations ?? []).map((i) => (i.id === updated.id ? updated : i)));
    setStepNonce((n) => n + 1);
    setView('steps');
    focusNewHeading();
  };

  const select = async (id: string) => {
    setPrefs(await api.prefs.set({ lastIntegrationId: id }));
    setView('steps');
    focusNewHeading();
  };
  const show = (v: View) => {
    setView(v);
    focusNewHeading();
  };

  if (list.data === null) return <main className="gate" aria-busy="true">{t('shell.app.loading')}</main>;
  if (integrations.length === 0 && view !== 'settings') {
    return (
      <main className="gate">
        <FirstRun onCreated={(i) => (setPrefs({ ...prefs, lastIntegrationId: i.id, firstRunDone: true }), list.reload(), focusNewHeading())} />
      </main>
    );
  }
  return (
    <div className="layout">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          // Not a hash navigation: the address may carry the session token in its fragment.
          e.preventDefault();
          focusMain();
        }}
      >
        {t('shell.app.skipLink')}
      </a>
      <Sidebar integrations={integrations} selectedId={selected?.id ?? null} view={view} onSelect={(id) => void select(id)} onView={show} onChanged={list.reload} health={verdicts} onHealth={(id) => void openHealth(id)} />
      <main className="content" id="main-content">
        {view === 'new' && (
          <FirstRun
            onCreated={(i) => (setPrefs({ ...prefs, lastIntegrationId: i.id }), show('steps'), list.reload())}
            onCancel={() => show('steps')}
          />
        )}
        {view === 'settings' && <Settings prefs={prefs} onPrefs={setPrefs} vault={props.vault} onVault={props.setVault} />}
        {view === 'audit' && <AuditLog />}
        {view === 'steps' && selected && <IntegrationView key={`${selected.id}:${stepNonce}`} integration={selected} onChanged={list.reload} />}
        {view === 'health' && selected && <HealthPage key={selected.id} integration={selected} onGoToStep={(step) => void goToStep(selected.id, step)} />}
      </main>
    </div>
  );
}

function IntegrationView({ integration, onChanged }: { integration: Integration; onChanged: () => void }) {
  const t = useT();
  const overview = useLoad(() => api.integrations.overview({ id: integration.id }), [integration.id]);
  const [current, setCurrent] = useState<StepId>(integration.currentStep);
  const saveStep = useAction(async (step: StepId) => {
    await api.integrations.setStep({ id: integration.id, step });
    onChanged();
  });
  const go = useCallback(
    (step: StepId) => {
      setCurrent(step);
      focusNewHeading();
      void saveStep.run(step);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saveStep.run is stable
    [],
  );
  const Step = STEP_COMPONENTS[current];
  const steps = overview.data?.steps ?? [];
  return (
    <div className="integration-view">
      <header className="integration-head">
        {/* Not a heading: each screen has one h1, the step's own. */}
        <p className="integration-name">{integration.name}</p>
      </header>
      <StepNav current={current} statuses={steps} onGo={go} />
      <ErrorNote error={overview.error ?? saveStep.error} />
      <Suspense fallback={<p className="muted" aria-busy="true">{t('shell.app.loadingStep')}</p>}>
        <Step integration={{ ...integration, currentStep: current }} steps={steps} refresh={overview.reload} go={go} />
        <PreloadSteps />
      </Suspense>
      <StepHelp step={current} />
    </div>
  );
}

/**
 * Rendered beside the step, inside its Suspense boundary, so its effect runs once the step shown
 * first has loaded. The other steps are fetched a little later, when the browser is idle, so they
 * never compete with the first screen's own code and data.
 */
function PreloadSteps() {
  useEffect(() => {
    let idle: number | undefined;
    const t = window.setTimeout(() => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(preloadSteps, { timeout: 3000 }) : window.setTimeout(preloadSteps, 0);
    }, PRELOAD_AFTER_MS);
    return () => {
      window.clearTimeout(t);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, []);
  return null;
}

const PRELOAD_AFTER_MS = 2000;
