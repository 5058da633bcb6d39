/** The prompt and what to avoid: the text the provider is asked to generate from. */
export function PromptFields({
  prompt,
  negativePrompt,
  onPromptChange,
  onNegativePromptChange,
}: {
  prompt: string;
  negativePrompt: string;
  onPromptChange: (prompt: string) => void;
  onNegativePromptChange: (negativePrompt: string) => void;
}) {
  return (
    <>
      <label className="field">
        <span>Prompt</span>
        <textarea
          name="prompt"
          rows={3}
          value={prompt}
          placeholder="A slow dolly shot over a foggy harbour at dawn, gulls and distant bells"
          onChange={(event) => onPromptChange(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Negative prompt</span>
        <input
          type="text"
          name="negative-prompt"
          value={negativePrompt}
          placeholder="What to avoid"
          onChange={(event) => onNegativePromptChange(event.target.value)}
        />
      </label>
    </>
  );
}
