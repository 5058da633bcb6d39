import { useCallback, useRef, useState } from 'react';
import type { ReferenceImage } from '../../providers/spec';
import { useMessages } from '../i18n/use-messages';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { GenerateDraft } from './generate-draft';

/**
 * Opens the runtime's image picker and puts the chosen image into the draft. `choose` is undefined
 * where the runtime has no picker; `problem` says why the last pick failed.
 */
export function useReferenceImagePicker(
  pickImage: (() => Promise<ReferenceImage | null>) | undefined,
  draft: GenerateDraft,
  onDraftChange: (draft: GenerateDraft) => void,
): { readonly choose: (() => void) | undefined; readonly problem: string | null } {
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [problem, setProblem] = useState<string | null>(null);
  const messages = useMessages();
  const choose = useCallback(() => {
    if (pickImage == null) return;
    pickImage().then(
      // The latest draft is read at resolve time: the picker is modal, but typing may go on in the sandbox.
      (image) => {
        setProblem(null);
        if (image != null) onDraftChange({ ...draftRef.current, referenceImage: image });
      },
      (error: unknown) => setProblem(describeErrorIn(messages, error)),
    );
  }, [pickImage, onDraftChange, messages]);
  return { choose: pickImage == null ? undefined : choose, problem };
}
