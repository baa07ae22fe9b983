import type pg from 'pg';

/**
 * Grows the employer register the demo generator made to `target` employers, set-based inside
 * PostgreSQL (INSERT … SELECT, no row travels through Node).
 *
 * Why not the demo generator itself: its employer part builds every row of every area in memory
 * and inserts it in one transaction, reads 12 candidate enrolments per employer and matches hires
 * to employers by scanning the whole hire list per employer. It sizes the register with the square
 * root of the clients (7,500 employers for 1,000,000 clients), which is right for a demo; at
 * 200,000 employers it would need gigabytes of heap and a quadratic matching step.
 *
 * The copies keep the generated distributions: each new employer repeats one generated employer
 * (stage, size, sector, municipality, owner) with its stage history and interactions, under a new
 * id and without a business id (the register's business id is unique per organisation). Proposals
 * and placements stay with the generated employers, because they belong to real client histories.
 */
export async function growEmployerRegister(
  client: pg.Client,
  target: number,
): Promise<{ employers: number; added: Record<string, number> }> {
  const [{ count: existing }] = (await client.query<{ count: number }>('select count(*)::int as count from employers')).rows as [
    { count: number },
  ];
  const missing = target - existing;
  if (missing <= 0 || existing === 0) return { employers: existing, added: {} };
  await client.query('begin');
  try {
    await client.query(
      `create temporary table employer_copies on commit drop as
         select e.id as source_id, gen_random_uuid() as id, copy
         from employers e cross join generate_series(1, $1::int) as copy
         order by copy, e.id
         limit $2`,
      [Math.ceil(missing / existing), missing],
    );
    await client.query('create index on employer_copies (source_id)');
    const added = {
      employers: await copyRows(client, 'employers', {
        id: 'c.id',
        name: `s.name || ' ' || (c.copy + 1)`,
        business_id: 'null',
      }),
      employer_stage_changes: await copyRows(
        client,
        'employer_stage_changes',
        { id: 'gen_random_uuid()', employer_id: 'c.id' },
        's.sequence',
      ),
      employer_interactions: await copyRows(client, 'employer_interactions', { id: 'gen_random_uuid()', employer_id: 'c.id' }),
    };
    await client.query('commit');
    return { employers: existing + added.employers, added };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * Copies the rows of `table` that belong to a copied employer (`s` is the source row, `c` the
 * copy), with `overrides` for some columns; generated identity columns are left to the database,
 * and `order` keeps the insertion order where it means something (same-day stage changes).
 */
async function copyRows(client: pg.Client, table: string, overrides: Record<string, string>, order?: string): Promise<number> {
  const columns = (
    await client.query<{ name: string }>(
      `select column_name as name from information_schema.columns
       where table_schema = 'public' and table_name = $1 and is_identity = 'NO' and is_generated = 'NEVER'
       order by ordinal_position`,
      [table],
    )
  ).rows.map((row) => row.name);
  const sourceKey = table === 'employers' ? 'id' : 'employer_id';
  const names = columns.map((name) => `"${name}"`).join(', ');
  const values = columns.map((name) => overrides[name] ?? `s."${name}"`).join(', ');
  const result = await client.query(
    `insert into ${table} (${names}) select ${values} from ${table} s join employer_copies c on c.source_id = s.${sourceKey}${order ? ` order by ${order}` : ''}`,
  );
  return result.rowCount ?? 0;
}
