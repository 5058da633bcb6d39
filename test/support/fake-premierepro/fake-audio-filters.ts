import type { AudioClipTrackItem, AudioFilterComponent, AudioFilterFactoryStatic } from '@adobe/premierepro';
import { PremiereRuleError } from './fake-lock';
import { asOfficial } from './fake-official';
import type { ComponentState } from './fake-state';
import { FakeAudioClipTrackItem } from './fake-track-items';

/**
 * The audio effects the fake offers, by localized display name. Match names and params are the fake's
 * own (Premiere's real ones are what the diagnostics report, research §2.1): Amplify is modelled as
 * Premiere's auto-ducking uses it — a per-clip gain effect with keyframeable gain in dB.
 */
const FILTERS: Readonly<Record<string, () => ComponentState>> = {
  Amplify: () => ({
    matchName: 'Fake.Amplify',
    displayName: 'Amplify',
    params: [
      { displayName: 'Bypass', timeVarying: false, staticValue: false, keyframes: [] },
      { displayName: 'Gain', timeVarying: false, staticValue: 0, keyframes: [] },
    ],
  }),
  'Vocal Enhancer': () => ({
    matchName: 'Fake.VocalEnhancer',
    displayName: 'Vocal Enhancer',
    params: [{ displayName: 'Bypass', timeVarying: false, staticValue: false, keyframes: [] }],
  }),
};

/** What `createComponentByDisplayName` returns: usable only on the chain of the item it was made for. */
export class FakeAudioFilterComponent {
  constructor(
    readonly trackItemUid: number,
    readonly make: () => ComponentState,
  ) {}
}

export const fakeAudioFilterFactoryStatic: AudioFilterFactoryStatic = {
  async getDisplayNames() {
    return Object.keys(FILTERS);
  },
  async createComponentByDisplayName(displayName: string, inAudioClipTrackItem: AudioClipTrackItem): Promise<AudioFilterComponent> {
    if (!(inAudioClipTrackItem instanceof FakeAudioClipTrackItem))
      throw new PremiereRuleError('foreign-object', 'Illegal Parameter type: expected an AudioClipTrackItem');
    const make = FILTERS[displayName];
    if (make == null) throw new PremiereRuleError('foreign-object', `Illegal Parameter type: no audio effect named "${displayName}"`);
    return asOfficial<AudioFilterComponent>(new FakeAudioFilterComponent(inAudioClipTrackItem.uid, make));
  },
};
