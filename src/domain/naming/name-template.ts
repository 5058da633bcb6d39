/** Values a naming template can use. */
export interface NameFields {
  readonly project: string;
  readonly provider: string;
  readonly model: string;
  /** Local date of the generation. */
  readonly date: Date;
  readonly prompt: string;
  readonly jobId: string;
  /**
   * Which of several variations of one Generate this clip is, 1-based. Omitted for a single generation,
   * and then `{variation}` renders as nothing (with the separator before it), so single clips keep short names.
   */
  readonly variation?: number;
}

const NAME_TOKENS = ['project', 'provider', 'model', 'date', 'time', 'slug', 'job', 'variation'] as const;

/** Stands in for a token that renders as nothing until the separator next to it is dropped too. */
const EMPTY_TOKEN = '\uE000';

/**
 * Default file name: what it shows first (the prompt's slug, then the variation number when one Generate made
 * several), so clips tell apart in a narrow bin column and on the timeline; then who made it and when. The bin
 * already names the project; the job id is appended.
 */
export const DEFAULT_FILE_TEMPLATE = '{slug}_{variation}_{provider}_{model}_{date}';
/** Default bin path, one bin per provider under ClipRelay. */
export const DEFAULT_BIN_TEMPLATE = 'ClipRelay/{provider}';

/** The last 8 characters of a job id: unique enough within one project and day, short enough for a bin column. */
function shortJobId(jobId: string): string {
  return jobId.replace(/[^A-Za-z0-9]/g, '').slice(-8);
}

/** A lowercase ASCII slug: "Überquert den Hafen!" → "uberquert-den-hafen". */
export function slugify(text: string, maxLength = 40): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug === '' ? 'clip' : slug;
}

/** Names of `{tokens}` in a template that ClipRelay does not know, for a clear settings error. */
export function unknownTokens(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)]
    .map((match) => match[1]!)
    .filter((token) => !(NAME_TOKENS as readonly string[]).includes(token));
}

function fieldValue(token: string, fields: NameFields): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const { date } = fields;
  switch (token) {
    case 'project':
      return fields.project;
    case 'provider':
      return fields.provider;
    case 'model':
      return fields.model;
    case 'date':
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    case 'time':
      return `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
    case 'slug':
      return slugify(fields.prompt);
    case 'job':
      return shortJobId(fields.jobId);
    case 'variation':
      return fields.variation == null ? EMPTY_TOKEN : String(fields.variation);
    default:
      return token;
  }
}

/**
 * A file name from a template, safe on Windows and macOS: every value is stripped of path
 * separators and reserved characters; `.mp4` is appended. The job id is added when the template
 * lacks it, so two generations never collide on disk.
 */
export function renderFileName(template: string, fields: NameFields): string {
  let name = withoutEmptyTokens(template.replace(/\{([^{}]*)\}/g, (_, token: string) => fieldValue(token, fields)));
  if (!template.includes('{job}')) name = `${name}_${shortJobId(fields.jobId)}`;
  // The template's own text is sanitized too: a "/" there must not create a folder.
  const safe = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe.replace(/^[.\s-]+/, '').slice(0, 180)}.mp4`;
}

/**
 * Drops each empty token with one separator next to it ("{slug}_{variation}_{model}" → "slug_model" for a
 * single generation): the one before it, else the one after it (at the start of a name or segment).
 */
function withoutEmptyTokens(text: string): string {
  return text.replace(/^\uE000[-_. ]?/, '').replace(/[-_. ]?\uE000/g, '');
}

/** A bin path from a template: "/" separates nested bins; empty segments are dropped. */
export function renderBinPath(template: string, fields: NameFields): string[] {
  return template
    .split('/')
    .map((segment) => withoutEmptyTokens(segment.replace(/\{([^{}]*)\}/g, (_, token: string) => fieldValue(token, fields))).trim())
    .filter((segment) => segment !== '');
}
