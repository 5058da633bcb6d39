import type { ReactNode } from 'react';
import type { ReferenceImage } from '../../providers/spec';
import { useMessages } from '../i18n/use-messages';
import type { ModelChoice } from '../panel-services';
import { SpectrumButton } from '../spectrum/spectrum-button';

/**
 * The first-frame image: a button to choose one where a picker exists and the model takes images,
 * and the chosen file's name with Clear. Hidden when there is neither a picker nor an image. An
 * image the model cannot take stays visible, marked, so it is never dropped unseen.
 */
export function ReferenceImageField({
  image,
  imageInput,
  onChoose,
  onClear,
  sources,
}: {
  image: ReferenceImage | null;
  /** Whether the model takes an image; undefined when unknown (offered). */
  imageInput: ModelChoice['imageInput'];
  /** Opens the picker; undefined where the runtime has none. */
  onChoose: (() => void) | undefined;
  onClear: () => void;
  /** Other places to take the image from (the frame at the playhead, a project still), shown beside the picker. */
  sources?: ReactNode;
}) {
  const { t } = useMessages();
  const canChoose = onChoose != null && imageInput !== 'none';
  if (!canChoose && image == null) return null;
  return (
    <div className="row wrap" data-testid="reference-image">
      {canChoose ? (
        <SpectrumButton emphasis="quiet" onPress={onChoose} label={t('generate.chooseReference')}>
          {t('generate.referenceImage')}
        </SpectrumButton>
      ) : null}
      {canChoose ? sources : null}
      {image == null ? (
        <span className="hint">{imageInput === 'required' ? t('generate.needsFirstFrame') : t('generate.textToVideo')}</span>
      ) : (
        <>
          <span className="hint" data-testid="reference-image-name">
            {imageInput === 'none' ? t('generate.imageNotTaken', { file: image.fileName }) : image.fileName}
          </span>
          <SpectrumButton emphasis="quiet" onPress={onClear} label={t('generate.clearReference')}>
            {t('panel.clear')}
          </SpectrumButton>
        </>
      )}
    </div>
  );
}
