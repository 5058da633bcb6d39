import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BIN_TEMPLATE,
  DEFAULT_FILE_TEMPLATE,
  renderBinPath,
  renderFileName,
  slugify,
  unknownTokens,
} from '../../src/domain/naming/name-template';
import { renderPromptTemplate, templateVariables } from '../../src/domain/prompts/prompt-template';

const fields = {
  project: 'Harbour promo',
  provider: 'kling',
  model: 'kling-v2-6',
  date: new Date(2026, 10, 22, 9, 5, 7),
  prompt: 'Überquert den Hafen: gulls / fog!',
  jobId: 'cliprelay-0f3a9c2e-77',
};

describe('naming templates', () => {
  it('renders the default file and bin templates', () => {
    expect(renderFileName(DEFAULT_FILE_TEMPLATE, fields)).toBe('uberquert-den-hafen-gulls-fog_kling_kling-v2-6_2026-11-22_3a9c2e77.mp4');
    expect(renderFileName(DEFAULT_FILE_TEMPLATE, { ...fields, variation: 2 })).toBe(
      'uberquert-den-hafen-gulls-fog_2_kling_kling-v2-6_2026-11-22_3a9c2e77.mp4',
    );
    expect(renderBinPath(DEFAULT_BIN_TEMPLATE, fields)).toEqual(['ClipRelay', 'kling']);
    expect(renderBinPath('AI/{project}//{date}', fields)).toEqual(['AI', 'Harbour promo', '2026-11-22']);
  });

  it('never produces a path separator or a reserved character, and keeps the job id unique', () => {
    const name = renderFileName('{project}/{time}:{job}', { ...fields, project: 'a\\b<c>' });
    expect(name).toBe('a-b-c-090507-3a9c2e77.mp4');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('numbers variations from 1 with {variation}, and leaves it out with its separator for a single generation', () => {
    const template = '{slug}_{variation}_{provider}';
    expect(renderFileName(template, { ...fields, variation: 2 })).toBe('uberquert-den-hafen-gulls-fog_2_kling_3a9c2e77.mp4');
    expect(renderFileName(template, fields)).toBe('uberquert-den-hafen-gulls-fog_kling_3a9c2e77.mp4');
    expect(renderFileName('{variation}-{slug}', fields)).toBe('uberquert-den-hafen-gulls-fog_3a9c2e77.mp4');
    expect(renderFileName('{variation}-{slug}', { ...fields, variation: 1 })).toBe('1-uberquert-den-hafen-gulls-fog_3a9c2e77.mp4');
    expect(renderBinPath('ClipRelay/{slug} {variation}', { ...fields, variation: 3 })).toEqual([
      'ClipRelay',
      'uberquert-den-hafen-gulls-fog 3',
    ]);
    expect(renderBinPath('ClipRelay/{variation}', fields)).toEqual(['ClipRelay']);
    expect(unknownTokens('{slug}_{variation}')).toEqual([]);
  });

  it('names unknown tokens so settings can refuse them', () => {
    expect(unknownTokens('{project}_{client}_{slug}')).toEqual(['client']);
    expect(slugify('!!!')).toBe('clip');
  });
});

describe('prompt templates', () => {
  it('lists variables and fills them', () => {
    const text = 'Aerial shot of {place} at {time of day}, {place} in {mood} light';
    expect(templateVariables(text)).toEqual(['place', 'time of day', 'mood']);
    expect(renderPromptTemplate(text, { place: 'Lisbon', 'time of day': 'dusk', mood: 'golden' })).toBe(
      'Aerial shot of Lisbon at dusk, Lisbon in golden light',
    );
    expect(() => renderPromptTemplate(text, { place: 'Lisbon' })).toThrow('Fill in {time of day}, {mood} first.');
  });
});
