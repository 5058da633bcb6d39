/** One row of the README's provider table: the catalog provider id and the model ids it names. */
export interface ReadmeProviderRow {
  readonly provider: string;
  readonly models: readonly string[];
}

/** A README that does not follow the table format: the test names what is wrong, not a bare Error. */
class ReadmeTableFormatError extends Error {
  override readonly name = 'ReadmeTableFormatError';
}

/**
 * The first Markdown table after the `## Providers` heading, read as rows of provider id and model
 * ids: the provider cell holds exactly one `id` in backticks, the models cell (header starting with
 * "models") every offered model id in backticks. Words outside backticks are ignored, so the table
 * stays prose-friendly.
 */
export function parseReadmeProviderTable(markdown: string): ReadmeProviderRow[] {
  const lines = markdown.split(/\r?\n/);
  const heading = lines.findIndex((line) => /^##\s+Providers\s*$/.test(line));
  if (heading < 0) throw new ReadmeTableFormatError('README provider table: no "## Providers" heading');
  const section = lines.slice(heading + 1);
  const end = section.findIndex((line) => /^#{1,2}\s/.test(line));
  const body = end < 0 ? section : section.slice(0, end);
  const start = body.findIndex((line) => line.trimStart().startsWith('|'));
  if (start < 0) throw new ReadmeTableFormatError('README provider table: no table under "## Providers"');
  const tableLines: string[] = [];
  for (const line of body.slice(start)) {
    if (!line.trimStart().startsWith('|')) break;
    tableLines.push(line);
  }
  const [header, separator, ...rows] = tableLines.map(splitCells);
  if (header == null || separator == null || !separator.every((cell) => /^:?-+:?$/.test(cell))) {
    throw new ReadmeTableFormatError('README provider table: expected a header row and a separator row');
  }
  const providerColumn = header.findIndex((cell) => /^provider\b/i.test(cell));
  const modelsColumn = header.findIndex((cell) => /^models\b/i.test(cell));
  if (providerColumn < 0 || modelsColumn < 0)
    throw new ReadmeTableFormatError('README provider table: expected a "provider" and a "models" column');

  return rows.map((cells) => {
    const ids = backticked(cells[providerColumn] ?? '');
    if (ids.length !== 1) {
      throw new ReadmeTableFormatError(
        `README provider table: the provider cell "${cells[providerColumn] ?? ''}" must hold exactly one catalog provider id in backticks`,
      );
    }
    return { provider: ids[0]!, models: backticked(cells[modelsColumn] ?? '') };
  });
}

/** Cells of one table row; `\|` is a pipe inside a cell. */
function splitCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

function backticked(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.trim());
}
