import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng, type RgbaImage } from '../support/png-decode';
import { manifestSchema } from './manifest-schema';

const root = resolve(__dirname, '../..');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')));

type Theme = 'lightest' | 'light' | 'medium' | 'dark' | 'darkest';
/**
 * Panel backgrounds of Premiere's UI brightness levels, as UXP names them. Approximate (Premiere's brightness slider
 * moves between them); what matters is that a dark-theme icon is checked on dark greys and a light-theme one on light.
 */
const THEME_BACKGROUNDS: Record<Theme, [number, number, number]> = {
  darkest: [0x1e, 0x1e, 0x1e],
  dark: [0x32, 0x32, 0x32],
  medium: [0x53, 0x53, 0x53],
  light: [0xb8, 0xb8, 0xb8],
  lightest: [0xf0, 0xf0, 0xf0],
};
const ALL_THEMES = Object.keys(THEME_BACKGROUNDS) as Theme[];

/** An icon must cover this share of its canvas with visible pixels (alpha > 0): the old icons covered none. */
const MIN_VISIBLE_SHARE = 0.15;
/** WCAG 2.1 non-text contrast (1.4.11) for graphics: 3:1 against what is next to them. */
const MIN_CONTRAST_RATIO = 3;
/** Share of the canvas that must stand out at that contrast once the icon is drawn over its theme's background. */
const MIN_CONTRASTING_SHARE = 0.1;

function relativeLuminance([red, green, blue]: readonly number[]): number {
  const linear = (channel = 0): number => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

function contrastRatio(first: readonly number[], second: readonly number[]): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

function visibleShare(image: RgbaImage): number {
  let visible = 0;
  for (let pixel = 0; pixel < image.width * image.height; pixel++) if ((image.rgba[pixel * 4 + 3] ?? 0) > 0) visible++;
  return visible / (image.width * image.height);
}

/** Share of the canvas whose colour, composited over `background`, contrasts with it by at least 3:1. */
function contrastingShare(image: RgbaImage, background: readonly [number, number, number]): number {
  let contrasting = 0;
  for (let pixel = 0; pixel < image.width * image.height; pixel++) {
    const alpha = (image.rgba[pixel * 4 + 3] ?? 0) / 255;
    const composite = background.map((channel, index) => (image.rgba[pixel * 4 + index] ?? 0) * alpha + channel * (1 - alpha));
    if (contrastRatio(composite, background) >= MIN_CONTRAST_RATIO) contrasting++;
  }
  return contrasting / (image.width * image.height);
}

/**
 * Every file UXP may load for the manifest's icons. UXP reads `icons/name.png` at scale N from `name@Nx.png` (Adobe's
 * plugin-icons guide); the plain name is also shipped for tools that read the declared path as written.
 */
const iconFiles = [...manifest.icons, ...manifest.entrypoints.flatMap((entry) => entry.icons)].flatMap((entry) =>
  [{ file: entry.path, scale: 1 }, ...entry.scale.map((scale) => ({ file: entry.path.replace(/\.png$/, `@${scale}x.png`), scale }))].map(
    ({ file, scale }) => ({
      file,
      widthPixels: entry.width * scale,
      heightPixels: entry.height * scale,
      themes: entry.theme.includes('all') ? ALL_THEMES : (entry.theme as Theme[]),
    }),
  ),
);

const readIcon = (file: string): RgbaImage => decodePng(readFileSync(resolve(root, 'plugin', file)));

describe('plugin icons (manifest.json → icons and the panel entrypoint icons)', () => {
  it('declare panel icons for every UI brightness and a plugin-list icon', () => {
    const panelThemes = manifest.entrypoints.flatMap((entry) => entry.icons.flatMap((icon) => icon.theme));
    expect([...new Set(panelThemes)].sort()).toEqual([...ALL_THEMES].sort());
    expect(manifest.icons.some((icon) => icon.species?.includes('pluginList'))).toBe(true);
    expect(iconFiles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(iconFiles)('$file exists and has the pixel size its scale promises', ({ file, widthPixels, heightPixels }) => {
    expect(existsSync(resolve(root, 'plugin', file)), `plugin/${file} is missing: run node tools/draw-icons.mjs`).toBe(true);
    const image = readIcon(file);
    expect({ width: image.width, height: image.height }).toEqual({ width: widthPixels, height: heightPixels });
  });

  it.each(iconFiles)('$file draws something ($themes)', ({ file }) => {
    expect(visibleShare(readIcon(file))).toBeGreaterThanOrEqual(MIN_VISIBLE_SHARE);
  });

  it.each(iconFiles)('$file stands out on the background of every theme it is declared for', ({ file, themes }) => {
    const image = readIcon(file);
    for (const theme of themes) {
      expect(contrastingShare(image, THEME_BACKGROUNDS[theme]), `${file} on ${theme}`).toBeGreaterThanOrEqual(MIN_CONTRASTING_SHARE);
    }
  });

  it('the checks fail where they should: a blank icon, and an icon on the opposite theme', () => {
    const blank: RgbaImage = { width: 23, height: 23, rgba: new Uint8Array(23 * 23 * 4) };
    expect(visibleShare(blank)).toBe(0);
    expect(contrastingShare(blank, THEME_BACKGROUNDS.darkest)).toBe(0);
    // The light-coloured icon made for dark themes vanishes on the lightest one, and the other way round.
    expect(contrastingShare(readIcon('icons/panel-dark@1x.png'), THEME_BACKGROUNDS.lightest)).toBeLessThan(MIN_CONTRASTING_SHARE);
    expect(contrastingShare(readIcon('icons/panel-light@1x.png'), THEME_BACKGROUNDS.darkest)).toBeLessThan(MIN_CONTRASTING_SHARE);
  });

  it('the 1x file under the declared name and under @1x are the same image', () => {
    for (const { file } of iconFiles.filter(({ file }) => file.endsWith('@1x.png'))) {
      expect(readFileSync(resolve(root, 'plugin', file)).equals(readFileSync(resolve(root, 'plugin', file.replace('@1x', ''))))).toBe(true);
    }
  });
});
