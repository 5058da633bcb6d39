import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishAreaOnDemand } from '../../src/entries/uxp-english-areas';

const HOST = { 'host.itemGone': [{ type: 0, value: 'project item gone' }], 'host.clipGone': [{ type: 0, value: 'clip gone' }] };
const IDS = Object.keys(HOST);

describe('englishAreaOnDemand (an English area read from the Premiere plugin folder at first use)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('knows every id without reading, and reads locales/en-<area>.js once, at the first message formatted', () => {
    const requireFile = vi.fn(() => ({ EN_HOST: HOST }));
    const catalog: Record<string, unknown> = { 'tab.generate': 'Generate' };
    englishAreaOnDemand(catalog, 'host', 'EN_HOST', IDS, requireFile);
    expect(IDS.every((id) => Object.hasOwn(catalog, id) && id in catalog)).toBe(true);
    expect(requireFile).not.toHaveBeenCalled();
    expect(catalog['host.itemGone']).toEqual(HOST['host.itemGone']);
    expect(catalog['host.clipGone']).toEqual(HOST['host.clipGone']);
    expect(catalog['tab.generate']).toBe('Generate');
    expect(requireFile).toHaveBeenCalledTimes(1);
    expect(requireFile).toHaveBeenCalledWith('./locales/en-host.js');
  });

  it('says what to do (reopen, reinstall) in place of each message when the file cannot be read, on the console once, and tries again later', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let present = false;
    const requireFile = vi.fn(() => {
      if (!present) throw new Error("Cannot find module './locales/en-host.js'");
      return { EN_HOST: HOST };
    });
    const catalog: Record<string, unknown> = {};
    englishAreaOnDemand(catalog, 'host', 'EN_HOST', IDS, requireFile);
    const said = catalog['host.itemGone'] as { type: number; value: string }[];
    expect(said).toEqual([
      { type: 0, value: expect.stringMatching(/could not load its English messages \(locales\/en-host\.js\).*reinstall ClipRelay/) },
    ]);
    expect(catalog['host.clipGone']).toEqual(said);
    expect(warn).toHaveBeenCalledTimes(1);
    present = true;
    expect(catalog['host.itemGone']).toEqual(HOST['host.itemGone']);
  });

  it('says the same when the file holds no such area or lacks an id', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wrong: Record<string, unknown> = {};
    englishAreaOnDemand(wrong, 'packs', 'EN_PACKS', ['packs.jsonEmpty'], () => ({ EN_HOST: HOST }));
    expect(JSON.stringify(wrong['packs.jsonEmpty'])).toMatch(/could not load its English messages \(locales\/en-packs\.js\)/);
    const short: Record<string, unknown> = {};
    englishAreaOnDemand(short, 'host', 'EN_HOST', [...IDS, 'host.newer'], () => ({ EN_HOST: HOST }));
    expect(short['host.itemGone']).toEqual(HOST['host.itemGone']);
    expect(JSON.stringify(short['host.newer'])).toMatch(/could not load its English message host\.newer/);
  });
});
