import type { BudgetCaps } from '../cost/budget';
import type { PanelPreferences } from '../preferences/panel-preferences';
import type { PresetPack } from './preset-pack-schema';

type ClientTagging = NonNullable<NonNullable<PresetPack['policy']>['clients']>;

interface EffectivePolicy {
  readonly budget: BudgetCaps;
  readonly fileNameTemplate: string;
  readonly binTemplate: string;
  /** Null when every provider is allowed. */
  readonly allowedProviders: readonly string[] | null;
  /** How jobs get their client tag (the last pack that says); null: the project name is the client. */
  readonly clients: ClientTagging | null;
  /** What reports show of prompts: "hash" when any pack asks for it. */
  readonly reportPrompts: 'text' | 'hash';
  /** Which pack set each pinned value, for the Settings tab to say so. */
  readonly pinnedBy: {
    readonly budget?: string;
    readonly fileNameTemplate?: string;
    readonly binTemplate?: string;
    readonly allowedProviders?: string;
  };
}

const stricter = (a: number | undefined, b: number | undefined) => (a == null ? b : b == null ? a : Math.min(a, b));

/**
 * The editor's preferences under the installed packs' policies: the stricter cap wins, a pack's
 * naming templates replace the editor's (the last pack that sets one), allowed providers are the
 * intersection of every pack's list, client tagging is the last pack's, prompts are hashed in
 * reports when any pack asks.
 */
export function effectivePolicy(preferences: PanelPreferences, packs: readonly PresetPack[]): EffectivePolicy {
  let budget: BudgetCaps = preferences.budget;
  let fileNameTemplate = preferences.fileNameTemplate;
  let binTemplate = preferences.binTemplate;
  let allowedProviders: string[] | null = null;
  let clients: ClientTagging | null = null;
  let reportPrompts: 'text' | 'hash' = 'text';
  const pinnedBy: { budget?: string; fileNameTemplate?: string; binTemplate?: string; allowedProviders?: string } = {};
  for (const pack of packs) {
    const policy = pack.policy;
    if (policy == null) continue;
    if (policy.budget != null) {
      budget = {
        dailyUsd: stricter(budget.dailyUsd, policy.budget.dailyUsd),
        perProjectUsd: stricter(budget.perProjectUsd, policy.budget.perProjectUsd),
        perClientMonthlyUsd: stricter(budget.perClientMonthlyUsd, policy.budget.perClientMonthlyUsd),
      };
      pinnedBy.budget = pack.name;
    }
    if (policy.fileNameTemplate != null) {
      fileNameTemplate = policy.fileNameTemplate;
      pinnedBy.fileNameTemplate = pack.name;
    }
    if (policy.binTemplate != null) {
      binTemplate = policy.binTemplate;
      pinnedBy.binTemplate = pack.name;
    }
    if (policy.allowedProviders != null) {
      allowedProviders =
        allowedProviders == null ? [...policy.allowedProviders] : allowedProviders.filter((id) => policy.allowedProviders!.includes(id));
      pinnedBy.allowedProviders = pack.name;
    }
    if (policy.clients != null) clients = policy.clients;
    // A client's prompts kept out of reports by one pack stay out whatever another pack says.
    if (policy.reportPrompts === 'hash') reportPrompts = 'hash';
  }
  return { budget, fileNameTemplate, binTemplate, allowedProviders, clients, reportPrompts, pinnedBy };
}
