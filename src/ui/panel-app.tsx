import { useCallback, useState, type ReactNode } from 'react';
import { effectivePolicy } from '../domain/presets';
import { isTerminal, type JobRecord } from '../workflows/jobs/job-record';
import { DuckTab } from './duck/duck-tab';
import type { VideoContinuation } from '../providers/spec';
import { continuationDraftFromJob, draftFromJob, initialDraft, type GenerateDraft } from './generate/generate-draft';
import { GenerateTab } from './generate/generate-tab';
import { JobsTab } from './jobs/jobs-tab';
import { PANEL_CSS } from './panel-styles';
import type { PanelServices } from './panel-services';
import { presetLayers, PresetsTab } from './presets/presets-tab';
import { usePackSubscriptions } from './presets/use-pack-subscriptions';
import { SettingsTab } from './settings/settings-tab';
import { useMessages } from './i18n/use-messages';
import { TabBar, type TabDefinition } from './tab-bar';
import { useJobs } from './use-jobs';
import { usePreferences } from './use-preferences';
import { packsInUse } from '../workflows/packs/packs-in-use';

type TabId = 'generate' | 'jobs' | 'duck' | 'presets' | 'settings';

/** The ClipRelay panel: the same component in Premiere and in the sandbox. */
export function PanelApp({
  services,
  timelineVersion,
  initialTab,
  duckTabExtra,
}: {
  services: PanelServices;
  /** Changes whenever the host timeline changes, so track lists refresh. */
  timelineVersion?: unknown;
  /** @default Jobs when unfinished jobs are resuming, else Generate */
  initialTab?: TabId;
  /** A host's own field at the top of the Duck tab (Resolve before 21.1: how to duck). @default none */
  duckTabExtra?: ReactNode;
}) {
  const [tab, setTab] = useState<TabId>(
    () => initialTab ?? (services.jobs.ledger.list().some((job) => !isTerminal(job)) ? 'jobs' : 'generate'),
  );
  const { t } = useMessages();
  const [draft, setDraft] = useState<GenerateDraft>(() => initialDraft(services.providers));
  const [preferences, savePreferences, preferencesNotice] = usePreferences(services.preferences);
  const jobs = useJobs(services.jobs);
  const running = jobs.filter((job) => !isTerminal(job)).length;
  // Subscribed agency packs apply after the pasted ones (checked once on start; see usePackSubscriptions).
  const subscriptions = usePackSubscriptions(services.packSubscriptions);
  const inUse = packsInUse(preferences.presetPacks, subscriptions.snapshot.views);
  const policy = effectivePolicy(preferences, inUse);
  const presets = presetLayers(inUse).presets.map((entry) => ({ ...entry.preset, source: entry.source }));
  const providers =
    policy.allowedProviders == null
      ? services.providers
      : services.providers.filter((provider) => policy.allowedProviders!.includes(provider.id));
  const reuse = useCallback(
    (job: JobRecord) => {
      const earlierId = job.request.continueFrom?.providerJobId;
      const earlier =
        earlierId == null
          ? undefined
          : services.jobs.ledger.list().find((candidate) => candidate.providerId === job.providerId && candidate.ref?.jobId === earlierId);
      setDraft(draftFromJob(job, earlier?.request.prompt));
      setTab('generate');
    },
    [services.jobs],
  );
  const continueJob = useCallback((job: JobRecord, mode: VideoContinuation['mode']) => {
    if (job.ref == null) return; // the card offers Extend/Edit on finished jobs only, which all have one
    setDraft(continuationDraftFromJob({ ...job, ref: job.ref }, mode));
    setTab('generate');
  }, []);

  const tabs: readonly TabDefinition<TabId>[] = [
    { id: 'generate', label: t('tab.generate') },
    { id: 'jobs', label: t('tab.jobs'), badge: running > 0 ? String(running) : undefined },
    { id: 'duck', label: t('tab.duck') },
    { id: 'presets', label: t('tab.presets') },
    { id: 'settings', label: t('tab.settings') },
  ];

  return (
    <div className="cliprelay-panel">
      <style>{PANEL_CSS}</style>
      <h1>{t('panel.title', { host: services.host.capabilities.name })}</h1>
      {preferencesNotice == null ? null : (
        <p className="warning" role="alert">
          {preferencesNotice}
        </p>
      )}
      <TabBar tabs={tabs} active={tab} onSelect={setTab} />
      {tab === 'generate' ? (
        <GenerateTab
          services={{ ...services, providers }}
          preferences={{
            ...preferences,
            budget: policy.budget,
            binTemplate: policy.binTemplate,
            fileNameTemplate: policy.fileNameTemplate,
          }}
          draft={draft}
          onDraftChange={setDraft}
          onSubmitted={() => setTab('jobs')}
          clients={policy.clients}
          packs={inUse}
          // A history or placement choice that fails to save costs nothing now; the next save tries again.
          onRemember={(patch) => void savePreferences({ ...preferences, ...patch }).catch(() => undefined)}
        />
      ) : null}
      {tab === 'jobs' ? (
        <JobsTab services={services} jobs={jobs} onReuse={reuse} onContinue={continueJob} reportPrompts={policy.reportPrompts} />
      ) : null}
      {tab === 'duck' ? duckTabExtra : null}
      {tab === 'duck' ? (
        <DuckTab
          services={services}
          presets={presets}
          preferences={preferences}
          onSavePreferences={savePreferences}
          refreshKey={timelineVersion}
        />
      ) : null}
      {tab === 'presets' ? (
        <PresetsTab preferences={preferences} onSavePreferences={savePreferences} subscriptions={subscriptions} />
      ) : null}
      {tab === 'settings' ? <SettingsTab services={services} preferences={preferences} onSavePreferences={savePreferences} /> : null}
    </div>
  );
}
