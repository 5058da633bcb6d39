// @ts-check
/**
 * An `eslint-disable` without a reason is a rule quietly switched off. Every directive must say why after ` -- `,
 * like `// eslint-disable-next-line cliprelay/premiere-action-in-factory -- probes build actions to see if they throw`.
 * @type {import('eslint').Rule.RuleModule}
 */
export const disableNeedsReason = {
  meta: {
    type: 'problem',
    docs: { description: 'Every eslint-disable directive names its rules and gives a reason after ` -- `.' },
    schema: [],
    messages: { reason: 'Say which rule and why: `eslint-disable… <rule> -- <reason>`.' },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (!/^eslint-disable(-next-line|-line)?\b/.test(text)) continue;
          const [directive, reason] = text.split(/\s--\s/, 2);
          const namesRules = /^eslint-disable(-next-line|-line)?\s+\S/.test(directive ?? '');
          if (!namesRules || reason == null || reason.trim().length < 8)
            context.report({ loc: comment.loc ?? { line: 1, column: 0 }, messageId: 'reason' });
        }
      },
    };
  },
};
