import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../../src/domain/packs';
import type { PackDiff } from '../../../src/domain/packs/pack-diff';
import type { PresetPackInput } from '../../../src/domain/presets';
import type { PackFetcher } from '../../../src/platform/pack-fetcher';
import { SpectrumButton } from '../../../src/ui/spectrum/spectrum-button';
import { PackSubscriptionsSection } from '../../../src/ui/presets/pack-subscriptions-section';
import { EMPTY_SUBSCRIPTIONS, isPostponed, PackSubscriptionsController } from '../../../src/ui/presets/pack-subscriptions-controller';
import { SubscriptionCard, type SubscriptionActions } from '../../../src/ui/presets/subscription-card';
import { PackSubscriptions, type PackSubscriptionView } from '../../../src/workflows/packs/pack-subscriptions';
import { memorySettingsStore } from '../../support/memory-settings-store';
import { agencyPack, testSeed } from '../../support/pack-fixtures';
import { findElements, renderedTree } from '../duck/element-tree';

const acme = packSigningKeyFromSeed(testSeed('acme'));
const mallory = packSigningKeyFromSeed(testSeed('mallory'));
const URL_OF_PACK = 'https://packs.acme.example/house.json';

const release = (version: number, overrides: Partial<PresetPackInput> = {}, key = acme) =>
  signPresetPack(agencyPack({ version, ...overrides }), key.secretKey);

/** A pack site in memory: what it publishes now, with an ETag per release; offline when told. */
function site(initial: string) {
  const state = { body: initial, etag: 1, offline: false };
  const fetcher: PackFetcher = {
    fetchPack: (_location, validators) => {
      if (state.offline) return Promise.reject(new Error('The agency server cannot be reached.'));
      if (validators.etag === `"${state.etag}"`) return Promise.resolve({ kind: 'not-modified' });
      return Promise.resolve({ kind: 'fetched', text: state.body, validators: { etag: `"${state.etag}"` } });
    },
  };
  return {
    fetcher,
    state,
    publish(body: string) {
      state.body = body;
      state.etag++;
    },
  };
}

function controllerFor(fetcher: PackFetcher, allowedHosts = ['packs.acme.example']) {
  const subscriptions = new PackSubscriptions({ settings: memorySettingsStore(), fetcher, allowedHosts });
  const changes = vi.fn();
  return { controller: new PackSubscriptionsController(subscriptions, changes), changes };
}

describe('pack subscriptions controller (Presets tab)', () => {
  it('subscribes, shows a newer release with its changes, lets the editor put it off, then applies it', async () => {
    const pack = site(release(1));
    const { controller, changes } = controllerFor(pack.fetcher);
    await controller.start();
    expect(controller.snapshot.views).toEqual([]);
    expect(await controller.subscribe(`  ${URL_OF_PACK} `)).toBe(true);
    expect(controller.snapshot.packs.map((used) => [used.name, used.version])).toEqual([['Acme house mix', 1]]);

    pack.publish(release(2, { policy: { ...agencyPack().policy, allowedProviders: ['kling'] } }));
    await controller.checkNow();
    const view = controller.snapshot.views[0]!;
    expect(view.update?.version).toBe(2);
    expect(view.update?.changes.join(' ')).toMatch(/google/i);
    // Not applied until the editor says so.
    expect(controller.snapshot.packs[0]!.version).toBe(1);

    controller.postpone(view.id);
    expect(isPostponed(controller.snapshot, controller.snapshot.views[0]!)).toBe(true);
    expect(await controller.apply(view.id)).toBe(true);
    expect(controller.snapshot.packs[0]!.version).toBe(2);
    expect(controller.snapshot.views[0]!.update).toBeNull();
    expect(changes).toHaveBeenCalled();
  });

  it('never puts off a release the agency requires', async () => {
    const pack = site(release(1));
    const { controller } = controllerFor(pack.fetcher);
    await controller.subscribe(URL_OF_PACK);
    pack.publish(release(2, { updateRequired: true }));
    await controller.checkNow();
    const view = controller.snapshot.views[0]!;
    expect(view.update?.required).toBe(true);
    controller.postpone(view.id);
    expect(isPostponed(controller.snapshot, controller.snapshot.views[0]!)).toBe(false);
  });

  it('says why a subscription was refused (host not allowed, forged signature) and keeps what was in use', async () => {
    const { controller } = controllerFor(site(release(1)).fetcher, ['other.example']);
    expect(await controller.subscribe(URL_OF_PACK)).toBe(false);
    expect(controller.snapshot.problem).toMatch(/packs\.acme\.example/);
    expect(controller.snapshot.busy).toBe(false);

    const pack = site(release(1));
    const trusted = controllerFor(pack.fetcher).controller;
    await trusted.subscribe(URL_OF_PACK);
    pack.publish(release(2, {}, mallory));
    await trusted.checkNow();
    expect(trusted.snapshot.views[0]!.problem).not.toBeNull();
    expect(trusted.snapshot.views[0]!.update).toBeNull();
    expect(trusted.snapshot.packs[0]!.version).toBe(1);

    pack.state.offline = true;
    expect(await trusted.checkNow()).toBe(true);
    expect(trusted.snapshot.views[0]!.problem).toMatch(/cannot be reached/);
    expect(trusted.snapshot.packs[0]!.version).toBe(1);
  });
});

/** A release whose only change takes `removed` providers off the allowed list (none: nothing an editor would see). */
const diffRemoving = (...removed: string[]): PackDiff => ({
  fromVersion: 1,
  toVersion: 2,
  presets: { added: [], removed: [], changed: [] },
  locks: { locked: [], unlocked: [], controlsChanged: [] },
  caps: [],
  allowedProviders: { from: ['google', 'kling'], to: ['google', 'kling'].filter((id) => !removed.includes(id)), added: [], removed },
  promptTemplates: { added: [], removed: [], changed: [] },
  other: [],
  empty: removed.length === 0,
});

const idle: SubscriptionActions = { checkNow: vi.fn(), apply: vi.fn(), postpone: vi.fn(), unsubscribe: vi.fn() };

function viewWith(update: PackSubscriptionView['update']): PackSubscriptionView {
  return {
    id: 'sub-1',
    location: URL_OF_PACK,
    pack: { ...agencyPack(), version: 1 } as unknown as PackSubscriptionView['pack'],
    fingerprint: '3f2a 9c01 77de b4e0',
    lastCheckedAtMs: Date.UTC(2026, 11, 6, 9),
    problem: 'The agency server cannot be reached.',
    update,
  };
}

const buttonsOf = (view: PackSubscriptionView, actions = idle) =>
  findElements(
    renderedTree(() => SubscriptionCard({ view, showUpdate: true, busy: false, actions })),
    (element) => element.type === SpectrumButton,
  );

describe('SubscriptionCard', () => {
  it('shows the release, the agency key, the last problem and the changes of a waiting release before it applies', () => {
    const html = renderToStaticMarkup(
      <SubscriptionCard
        view={viewWith({ version: 2, required: false, diff: diffRemoving('google'), changes: ['Providers no longer allowed: google'] })}
        showUpdate
        busy={false}
        actions={idle}
      />,
    );
    expect(html).toContain('release 1');
    expect(html).toContain('3f2a 9c01 77de b4e0');
    expect(html).toContain('The agency server cannot be reached.');
    expect(html).toContain('<li>Providers no longer allowed: google</li>');
    expect(html).toContain('aria-label="Apply release 2 of Acme house mix"');
    expect(html).toContain('aria-label="Check Acme house mix for updates now"');
  });

  it('offers Later on an optional release only, and each button does what it says', () => {
    const actions: SubscriptionActions = { checkNow: vi.fn(), apply: vi.fn(), postpone: vi.fn(), unsubscribe: vi.fn() };
    const optional = buttonsOf(viewWith({ version: 2, required: false, diff: diffRemoving(), changes: [] }), actions);
    expect(optional.map((button) => button.props.children)).toEqual(['Check now', 'Apply update', 'Later', 'Unsubscribe']);
    for (const button of optional) (button.props.onPress as () => void)();
    expect(actions.checkNow).toHaveBeenCalledOnce();
    expect(actions.apply).toHaveBeenCalledWith('sub-1');
    expect(actions.postpone).toHaveBeenCalledWith('sub-1');
    expect(actions.unsubscribe).toHaveBeenCalledWith('sub-1');
    const required = buttonsOf(viewWith({ version: 2, required: true, diff: diffRemoving(), changes: [] }));
    expect(required.map((button) => button.props.children)).toEqual(['Check now', 'Apply update', 'Unsubscribe']);
    expect(buttonsOf(viewWith(null)).map((button) => button.props.children)).toEqual(['Check now', 'Unsubscribe']);
  });
});

describe('PackSubscriptionsSection', () => {
  it('has a named address field and a Subscribe button, and says when nothing is subscribed', () => {
    const controller = { subscribe: vi.fn(), checkNow: vi.fn(), apply: vi.fn(), postpone: vi.fn(), unsubscribe: vi.fn() };
    const html = renderToStaticMarkup(<PackSubscriptionsSection snapshot={EMPTY_SUBSCRIPTIONS} controller={controller} />);
    expect(html).toContain('label="Subscribe to a pack by web address"');
    expect(html).toMatch(/<sp-button[^>]*disabled=""[^>]*>Subscribe to a pack…<\/sp-button>/);
    expect(html).toContain('No subscribed packs');
  });
});
