import { useCallback } from 'react';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { submitGeneration } from '../../workflows/jobs/submit-generation';
import { useMessages } from '../i18n/use-messages';
import { IncompleteFormError } from '../incomplete-form-error';
import type { ModelChoice, PanelServices, ProviderChoice } from '../panel-services';
import { useAsyncAction } from '../use-async-action';
import { requestFromDraft, type GenerateDraft } from './generate-draft';
import type { ClientTagResult } from './use-client-tag';

/**
 * The Generate press: the draft becomes one job per variation in the ledger (checked against the
 * catalog and the budget caps first), and `onSubmitted` gets their ids. Returns the action's state
 * and its trigger, one press at a time.
 */
export function useGenerateAction({
  services,
  budget,
  draft,
  provider,
  model,
  projectName,
  clientTag,
  onSubmitted,
}: {
  services: PanelServices;
  budget: PanelPreferences['budget'];
  draft: GenerateDraft;
  provider: ProviderChoice | undefined;
  model: ModelChoice | undefined;
  projectName: string;
  /** Whose work it is (useClientTag); a refusal stops the press. @default undefined (no tag) */
  clientTag?: ClientTagResult;
  onSubmitted: (jobIds: readonly string[]) => void;
}) {
  const messages = useMessages();
  const generate = useCallback(async () => {
    if (provider == null || model == null)
      throw new IncompleteFormError({ field: 'model', message: messages.t('generate.pickModelFirst') });
    if (clientTag != null && 'refusal' in clientTag) throw new IncompleteFormError({ field: 'client', message: clientTag.refusal });
    const request = requestFromDraft(draft, model, messages);
    const jobs = await submitGeneration({
      runner: services.jobs,
      catalog: services.catalog,
      caps: budget,
      newJobId: services.newJobId,
      nowMs: services.now(),
      draft: {
        providerId: provider.id,
        providerName: provider.displayName,
        projectName,
        clientTag: clientTag == null ? undefined : clientTag.tag,
        variations: draft.variations,
        request,
      },
    });
    onSubmitted(jobs.map((job) => job.id));
    return jobs;
  }, [provider, model, draft, services, budget, projectName, clientTag, onSubmitted, messages]);
  return useAsyncAction(generate);
}
