import { isAppLocale, type LocalePreference } from '../../shared/i18n/app-locale';
import { useMessages } from '../i18n/use-messages';
import { LANGUAGE_CHOICES } from '../i18n/panel-locale';
import { SpectrumPicker } from '../spectrum/spectrum-picker';

/**
 * The panel's language: "Same as Premiere", or one language named in itself (a reader finds their own whatever the
 * panel speaks now). Choosing saves the preference; the panel re-renders in it at once.
 */
export function LanguagePicker({
  value,
  onChange,
  name = 'panel-language',
  labelHidden = false,
  followsPremiere = true,
}: {
  value: LocalePreference;
  onChange: (language: LocalePreference) => void;
  /** @default 'panel-language' (the sandbox header's own picker takes another name) */
  name?: string;
  labelHidden?: boolean;
  /** False where 'auto' follows the browser or the system (the sandbox, Resolve): the first choice says so. @default true */
  followsPremiere?: boolean;
}) {
  const { t } = useMessages();
  return (
    <SpectrumPicker
      label={t('settings.language')}
      labelHidden={labelHidden}
      name={name}
      value={value}
      options={LANGUAGE_CHOICES.map((choice) => ({
        value: choice.value,
        label: 'labelId' in choice ? (followsPremiere ? t(choice.labelId) : t('settings.languageAutoSystem')) : choice.nativeName,
      }))}
      onChange={(choice) => onChange(isAppLocale(choice) ? choice : 'auto')}
    />
  );
}
