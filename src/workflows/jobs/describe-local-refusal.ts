import { describeError } from '../../shared/app-error';
import { isZodError } from './classify-create-failure';

/**
 * A request refused on our side before it was sent, in the editor's words: which field, what the
 * provider takes, and that nothing was sent or charged — never raw schema output.
 */
export function describeLocalRefusal(error: unknown, providerName: string, request: { readonly prompt: string }): string {
  const tail = ' Nothing was sent, so nothing was charged; change the request and generate again.';
  if (!isZodError(error)) return `${describeError(error)}${tail}`;
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  if (field === 'prompt' && issue?.code === 'too_big' && typeof issue.maximum === 'number') {
    return `The prompt is ${request.prompt.length.toLocaleString('en-US')} characters; ${providerName} takes at most ${issue.maximum.toLocaleString('en-US')}.${tail}`;
  }
  const what = field === '' ? 'the request' : `"${field}"`;
  return `${providerName} cannot take ${what}: ${issue?.message ?? 'unexpected value'}.${tail}`;
}
