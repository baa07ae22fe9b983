import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import { escoOccupations, escoSkills, iscoGroups, referenceDatasets } from './esco.tables.js';
import { referenceDataFolder } from './reference.load.js';

const escoFiles = ['esco_isco08_groups.csv', 'esco_occupations.csv', 'esco_skills_top3000.csv', 'esco_occupation_skills.csv'] as const;
const datasetName = 'esco';

type CsvRow = Record<string, string>;
const parseCsv = (content: string): CsvRow[] => parse(content, { columns: true, skip_empty_lines: true });
const searchTextOf = (...parts: string[]) => parts.join('|').toLowerCase();

/**
 * Inserts many rows with one statement: the rows travel as one JSON parameter, which both
 * PGlite and PostgreSQL take far faster than thousands of bound values. `computed` adds columns
 * computed in SQL from fields of the JSON record (`row_values`) that are not stored themselves.
 */
async function insertAsJson(
  tx: Transaction,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  computed: { fields: Record<string, string>; columns: Record<string, string> } = { fields: {}, columns: {} },
) {
  const names = Object.keys(columns);
  const targets = [...names, ...Object.keys(computed.columns)].join(', ');
  const selected = [...names.map((name) => `row_values.${name}`), ...Object.values(computed.columns)].join(', ');
  const fields = { ...columns, ...computed.fields };
  const definitions = Object.keys(fields)
    .map((name) => `${name} ${fields[name]}`)
    .join(', ');
  await tx.execute(
    sql`insert into ${sql.identifier(table)} (${sql.raw(targets)}) select ${sql.raw(selected)} from json_to_recordset(${JSON.stringify(rows)}::json) as row_values(${sql.raw(definitions)})`,
  );
}

const splitIntoArray = (field: string) => `coalesce(string_to_array(nullif(row_values.${field}, ''), '|'), '{}')`;

function readEscoFiles() {
  const contents = escoFiles.map((file) => readFileSync(referenceDataFolder + file, 'utf8'));
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  return { contents, contentHash: hash.digest('hex') };
}

async function replaceEscoRows(tx: Transaction, contents: string[]) {
  const [groups, occupations, skills, relations] = contents.map(parseCsv) as [CsvRow[], CsvRow[], CsvRow[], CsvRow[]];
  const relationsByOccupation = new Map(relations.map((row) => [row.occupation_uri!, row]));
  // The relations file names skills by their rank in the skills file, which keeps it small.
  const skillUriByRank = new Map(skills.map((row) => [row.rank!, row.esco_uri!]));
  const skillUris = (ranks: string | undefined) => (ranks ? ranks.split('|') : []).map((rank) => skillUriByRank.get(rank)!).join('|');

  await tx.delete(escoOccupations);
  await tx.delete(escoSkills);
  await tx.delete(iscoGroups);
  await insertAsJson(
    tx,
    'ref_isco_groups',
    { code: 'text', level: 'integer', parent_code: 'text', label_fi: 'text', label_sv: 'text', label_en: 'text' },
    groups.map((row) => ({ ...row, code: row.isco_code, level: Number(row.level), parent_code: row.parent_code || null })),
  );
  await insertAsJson(
    tx,
    'ref_esco_skills',
    { uri: 'text', skill_type: 'text', label_fi: 'text', label_sv: 'text', label_en: 'text', rank: 'integer', search_text: 'text' },
    skills.map((row) => ({
      ...row,
      uri: row.esco_uri,
      rank: Number(row.rank),
      search_text: searchTextOf(row.label_fi!, row.label_sv!, row.label_en!),
    })),
  );
  await insertAsJson(
    tx,
    'ref_esco_occupations',
    {
      uri: 'text',
      isco_code: 'text',
      label_fi: 'text',
      label_sv: 'text',
      label_en: 'text',
      alt_labels_fi: 'text',
      alt_labels_en: 'text',
      search_text: 'text',
    },
    occupations.map((row) => {
      const related = relationsByOccupation.get(row.esco_uri!);
      return {
        ...row,
        uri: row.esco_uri,
        essential_skill_uris: skillUris(related?.essential_skill_ranks),
        optional_skill_uris: skillUris(related?.optional_skill_ranks),
        search_text: searchTextOf(row.label_fi!, row.label_sv!, row.label_en!, row.alt_labels_fi!, row.alt_labels_en!),
      };
    }),
    {
      fields: { essential_skill_uris: 'text', optional_skill_uris: 'text' },
      columns: { essential_skill_uris: splitIntoArray('essential_skill_uris'), optional_skill_uris: splitIntoArray('optional_skill_uris') },
    },
  );
}

/**
 * Loads the ESCO occupations, skills and ISCO groups when the shipped files differ from what the
 * database holds (their hash is kept in ref_datasets), so an ordinary start-up only reads the files.
 * Returns the milliseconds a (re)load took, or null when nothing had changed.
 */
export async function loadEscoData(db: Database): Promise<number | null> {
  const { contents, contentHash } = readEscoFiles();
  return inTransaction(db, 'system', async (tx) => {
    const [loaded] = await tx.select().from(referenceDatasets).where(eq(referenceDatasets.name, datasetName));
    if (loaded?.contentHash === contentHash) return null;
    const started = performance.now();
    await replaceEscoRows(tx, contents);
    const loadedAt = new Date();
    await tx
      .insert(referenceDatasets)
      .values({ name: datasetName, contentHash, loadedAt })
      .onConflictDoUpdate({ target: referenceDatasets.name, set: { contentHash, loadedAt } });
    return Math.round(performance.now() - started);
  });
}
