import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DuckingPathChoice, ResolveDuckingPath } from '../../src/entries/resolve/resolve-ducking-path';
import { ResolveDuckingPathField } from '../../src/entries/resolve/resolve-ducking-path-field';
import { ResolveUndoBar } from '../../src/entries/resolve/resolve-undo-bar';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import { MessagesProvider } from '../../src/ui/i18n/use-messages';

const html = (locale: AppLocale, node: ReactNode) =>
  renderToStaticMarkup(<MessagesProvider locale={locale}>{node}</MessagesProvider>).replaceAll('<!-- -->', '');
const choice = (path: ResolveDuckingPath): DuckingPathChoice => ({ get: () => path, set: () => undefined });
const undo = async () => null;

describe('the Resolve panel’s own parts in the editor’s language', () => {
  it('keeps the English undo bar word for word (browser tests press it by name)', () => {
    const bar = html('en', <ResolveUndoBar undo={undo} />);
    expect(bar).toContain('aria-label="Undo in Resolve"');
    expect(bar).toContain('>Undo last ClipRelay change</sp-action-button>');
    expect(bar).toContain(
      'Resolve’s own Edit › Undo takes back one scripted step at a time; this takes back ClipRelay’s whole last placement or duck.',
    );
  });

  it('says the undo bar in French', () => {
    const bar = html('fr', <ResolveUndoBar undo={undo} />);
    expect(bar).toContain('aria-label="Annuler dans Resolve"');
    expect(bar).toContain('>Annuler la dernière modification ClipRelay</sp-action-button>');
    expect(bar).toContain('Édition › Annuler de Resolve reprend une étape de script à la fois');
    expect(bar).not.toContain('Undo');
  });

  it('keeps the English ducking-path field, and says it in French', () => {
    const field = (locale: AppLocale, path: ResolveDuckingPath, canRender = true) =>
      html(locale, <ResolveDuckingPathField choice={choice(path)} writesGainSteps={() => false} canRender={canRender} />);
    expect(field('en', 'timeline-copy')).toContain(
      'This Resolve cannot change a clip’s volume from a plugin (that came in 21.1). A new timeline with the ducking as clip volume keyframes opens; the original stays as it is.',
    );
    expect(field('en', 'rendered-audio')).toContain('Each ducked clip’s sound is rendered into a new WAV beside it');
    expect(field('en', 'timeline-copy', false)).toContain(
      'ClipRelay ducks a copy of the timeline (OTIO round trip); the original stays as it is.',
    );
    expect(field('en', 'timeline-copy')).toContain('Duck in Resolve by');

    expect(field('fr', 'timeline-copy')).toContain('Baisser dans Resolve par');
    expect(field('fr', 'timeline-copy')).toContain(
      'Une nouvelle timeline s’ouvre avec la baisse en images clés de volume ; l’original reste tel quel.',
    );
    expect(field('fr', 'rendered-audio')).toContain('Le son de chaque clip baissé est rendu dans un nouveau WAV');
    expect(field('fr', 'timeline-copy', false)).toContain('ClipRelay baisse une copie de la timeline (aller-retour OTIO)');
    expect(field('fr', 'rendered-audio')).not.toContain('This Resolve');
  });

  it('shows nothing where Resolve lays level steps itself', () => {
    expect(html('fr', <ResolveDuckingPathField choice={choice('timeline-copy')} writesGainSteps={() => true} canRender />)).toBe('');
  });
});
