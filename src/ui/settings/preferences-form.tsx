import { useEffect, useState } from 'react';
import { panelPreferencesSchema, type PanelPreferences } from '../../domain/preferences/panel-preferences';
import { PANEL_PREFERENCES_VOCABULARY } from '../../domain/preferences/panel-preferences-vocabulary';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { describeSchemaError } from '../../shared/schema-issue-sentences';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';
import { moneyFromText } from './money-text';

/** Naming templates, budget caps and concurrency; validated by the same schema agency packs use. */
export function PreferencesForm({
  preferences,
  onSave,
}: {
  preferences: PanelPreferences;
  onSave: (next: PanelPreferences) => Promise<void>;
}) {
  const messages = useMessages();
  const { t, locale } = messages;
  const [fileNameTemplate, setFileNameTemplate] = useState(preferences.fileNameTemplate);
  const [binTemplate, setBinTemplate] = useState(preferences.binTemplate);
  const [dailyUsd, setDailyUsd] = useState(preferences.budget.dailyUsd?.toString() ?? '');
  const [perProjectUsd, setPerProjectUsd] = useState(preferences.budget.perProjectUsd?.toString() ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    setFileNameTemplate(preferences.fileNameTemplate);
    setBinTemplate(preferences.binTemplate);
    setDailyUsd(preferences.budget.dailyUsd?.toString() ?? '');
    setPerProjectUsd(preferences.budget.perProjectUsd?.toString() ?? '');
  }, [preferences]);

  const save = async () => {
    // "$12" and "1,000" ("12,50" in French) are how people write money; anything else stays NaN and is named below.
    const money = (text: string) => moneyFromText(text, locale);
    const input = {
      ...preferences,
      fileNameTemplate,
      binTemplate,
      budget: { dailyUsd: money(dailyUsd), perProjectUsd: money(perProjectUsd) },
    };
    const result = panelPreferencesSchema.safeParse(input);
    if (!result.success) {
      setMessage({
        text: describeSchemaError(result.error.issues, {
          schema: panelPreferencesSchema,
          vocabulary: PANEL_PREFERENCES_VOCABULARY,
          input,
          translator: messages,
        }),
        error: true,
      });
      return;
    }
    try {
      await onSave(result.data);
      setMessage({ text: t('settings.saved'), error: false });
    } catch (error) {
      setMessage({ text: describeErrorIn(messages, error), error: true });
    }
  };

  return (
    <div className="subsection">
      <h2>{t('settings.namingBudget')}</h2>
      <SpectrumTextField
        label={t('settings.fileNames', { tokens: '{project} {provider} {model} {date} {time} {slug} {job}' })}
        name="file-name-template"
        value={fileNameTemplate}
        onChange={setFileNameTemplate}
      />
      <SpectrumTextField label={t('settings.bins')} name="bin-template" value={binTemplate} onChange={setBinTemplate} />
      <div className="row">
        <div className="grow">
          <SpectrumTextField
            label={t('settings.dailyCap', { currency: 'USD' })}
            name="daily-cap"
            value={dailyUsd}
            placeholder={t('settings.none')}
            onChange={setDailyUsd}
          />
        </div>
        <div className="grow">
          <SpectrumTextField
            label={t('settings.projectCap', { currency: 'USD' })}
            name="project-cap"
            value={perProjectUsd}
            placeholder={t('settings.none')}
            onChange={setPerProjectUsd}
          />
        </div>
      </div>
      <div className="button-row">
        <SpectrumButton onPress={() => void save()}>{t('settings.save')}</SpectrumButton>
      </div>
      {message == null ? null : (
        <p className={message.error ? 'error' : 'result'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
