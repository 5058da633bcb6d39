import { z } from 'zod';
import { templateNamingProblem } from './template-naming-rule';

/**
 * A shared prompt: text with `{variables}` the editor fills in (see domain/prompts/prompt-template),
 * versioned with the pack that carries it.
 */
const packPromptTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  name: z.string().trim().min(1, 'must not be empty'),
  text: z.string().trim().min(1, 'must not be empty'),
  /** Words the search also matches, e.g. ["drone", "establishing"]. @default [] */
  tags: z.array(z.string().trim().min(1)).default([]),
});

/**
 * How the agency names its templates, e.g. `{ "pattern": "^[A-Z]{2,6} – ", "description": "start with
 * the client code and a dash, e.g. 'ACME – Aerial'" }`. The pack's own templates must follow it, and
 * an editor's personal template is checked against it before it is saved.
 */
const namingRuleSchema = z
  .strictObject({
    /** A JavaScript regular expression (without slashes) every template name must match. */
    pattern: z.string().min(1, 'must not be empty'),
    /** The rule in words, for the editor who breaks it. */
    description: z.string().trim().min(1, 'must not be empty'),
  })
  .superRefine((rule, context) => {
    try {
      new RegExp(rule.pattern, 'u');
    } catch {
      context.addIssue({ code: 'custom', path: ['pattern'], message: 'is not a valid regular expression' });
    }
  });

/** The prompt library a pack shares (schema version 3). */
export const promptLibrarySchema = z
  .strictObject({
    /** @default undefined (any name) */
    namingRule: namingRuleSchema.optional(),
    templates: z.array(packPromptTemplateSchema),
  })
  .superRefine((library, context) => {
    const seen = new Map<string, number>();
    library.templates.forEach((template, index) => {
      const first = seen.get(template.id);
      if (first != null)
        context.addIssue({
          code: 'custom',
          path: ['templates', index, 'id'],
          message: `"${template.id}" is already used by templates[${first}]`,
        });
      else seen.set(template.id, index);
      const problem = library.namingRule == null ? null : templateNamingProblem(template.name, library.namingRule);
      if (problem != null) context.addIssue({ code: 'custom', path: ['templates', index, 'name'], message: problem });
    });
  });
