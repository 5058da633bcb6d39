import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MissingCredentialsError } from '../../src/entries/missing-credentials-error';
import { HostUnavailableError, type NleHost } from '../../src/hosts/spec';
import { describeErrorIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { watchActiveSequence } from '../../src/ui/generate/watch-active-sequence';
import { MessagesProvider } from '../../src/ui/i18n/use-messages';
import { StartFailureScreen } from '../../src/ui/start-failure-screen';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const noSequence = new HostUnavailableError(
  'No sequence is active in Premiere Pro. Open a sequence in the Timeline panel, then try again.',
  { id: 'errors.noPremiereSequence' },
);

describe('errors the panel shows, in the panel language', () => {
  it('the start failure screen says a localized cause in French, and its English words without a provider', () => {
    const error = new MissingCredentialsError('Kling', ['access key', 'secret key']);
    const french = renderToStaticMarkup(
      <MessagesProvider locale="fr">
        <StartFailureScreen error={error} reopenHint="Recharger" />
      </MessagesProvider>,
    );
    expect(french).toContain('Il manque à Kling : access key et secret key.');
    const english = renderToStaticMarkup(<StartFailureScreen error={error} reopenHint="Reload" />);
    expect(english).toContain(error.message);
  });

  it('a watched sequence that is not there is worded by the panel (French), else in English', async () => {
    const host = { readActiveSequence: () => Promise.reject(noSequence), capabilities: { name: 'Stub' } } as unknown as NleHost;
    const problems: string[] = [];
    const repeat = () => () => undefined;
    const french = watchActiveSequence(
      host,
      {
        onSequence: () => {},
        onProblem: (message) => problems.push(message),
        describe: (error) => describeErrorIn(createTranslator('fr'), error),
      },
      { repeat },
    );
    const english = watchActiveSequence(host, { onSequence: () => {}, onProblem: (message) => problems.push(message) }, { repeat });
    await settle();
    french.stop();
    english.stop();
    expect(problems).toEqual([
      'Aucune séquence n’est active dans Premiere Pro. Ouvrez une séquence dans le panneau Montage, puis réessayez.',
      noSequence.message,
    ]);
  });
});
