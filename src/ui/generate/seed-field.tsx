import { useMessages } from '../i18n/use-messages';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';

/** The seed as typed: empty lets the provider pick; checked to be a whole number only when Generate is pressed. */
export function SeedField({ seed, onChange }: { seed: string; onChange: (seed: string) => void }) {
  const { t } = useMessages();
  return <SpectrumTextField label={t('generate.seed')} name="seed" value={seed} placeholder={t('generate.seedAny')} onChange={onChange} />;
}
