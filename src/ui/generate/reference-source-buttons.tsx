import { useState } from 'react';
import type { NleHost, ProjectStill } from '../../hosts/spec';
import type { ReferenceImage } from '../../providers/spec';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';

/** Reference images are sent to providers near the size they generate at; wider frames are scaled down. */
const REFERENCE_WIDTH_PX = 1920;

type Listing = { readonly status: 'closed' } | { readonly status: 'open'; readonly stills: readonly ProjectStill[] };

/**
 * Reference images from the editor, next to choosing a file: the frame at the playhead and a still
 * already in the project. Each button shows only where the host says it can (`capturesSequenceFrames`,
 * `readsProjectStills`); nothing renders where it can do neither.
 */
export function ReferenceSourceButtons({
  host,
  onImage,
}: {
  host: Pick<NleHost, 'capabilities' | 'readActiveSequence' | 'captureSequenceFrame' | 'listProjectStills' | 'readProjectStill'>;
  onImage: (image: ReferenceImage) => void;
}) {
  const [listing, setListing] = useState<Listing>({ status: 'closed' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const messages = useMessages();
  const { t } = messages;
  const { captureSequenceFrame, listProjectStills, readProjectStill } = host;
  const framesOk = host.capabilities.capturesSequenceFrames === true && captureSequenceFrame != null;
  const stillsOk = host.capabilities.readsProjectStills === true && listProjectStills != null && readProjectStill != null;
  if (!framesOk && !stillsOk) return null;

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    work()
      .catch((error: unknown) => setProblem(describeErrorIn(messages, error)))
      .finally(() => setBusy(false));
  };
  const frameAtPlayhead = () =>
    run(async () => {
      // Read now, not from the last render: the editor may have moved the playhead a moment ago.
      const { playheadSeconds } = await host.readActiveSequence();
      onImage(
        await captureSequenceFrame!.call(host, playheadSeconds, { maxWidthPx: REFERENCE_WIDTH_PX, fileStem: 'reference-at-playhead' }),
      );
    });
  const openStills = () =>
    run(async () => {
      setListing({ status: 'open', stills: await listProjectStills!.call(host) });
    });
  const pickStill = (still: ProjectStill) =>
    run(async () => {
      onImage(await readProjectStill!.call(host, still.itemId));
      setListing({ status: 'closed' });
    });

  return (
    <div className="reference-sources" data-testid="reference-sources">
      <div className="button-row">
        {framesOk ? (
          <SpectrumButton emphasis="quiet" disabled={busy} onPress={frameAtPlayhead} label={t('generate.usePlayheadFrame')}>
            {t('generate.frameAtPlayhead')}
          </SpectrumButton>
        ) : null}
        {stillsOk ? (
          <SpectrumButton
            emphasis="quiet"
            disabled={busy}
            onPress={listing.status === 'open' ? () => setListing({ status: 'closed' }) : openStills}
            label={t('generate.useProjectStill')}
            expanded={listing.status === 'open'}
          >
            {t('generate.fromProject')}
          </SpectrumButton>
        ) : null}
      </div>
      {listing.status === 'open' ? (
        listing.stills.length === 0 ? (
          <p className="hint">{t('generate.noStills')}</p>
        ) : (
          <div className="button-row" role="group" aria-label={t('generate.stills')}>
            {listing.stills.map((still) => (
              <SpectrumButton
                key={still.itemId}
                emphasis="quiet"
                disabled={busy}
                onPress={() => pickStill(still)}
                label={t('generate.useStill', { still: still.name })}
              >
                {still.name}
              </SpectrumButton>
            ))}
          </div>
        )
      ) : null}
      {problem == null ? null : (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
