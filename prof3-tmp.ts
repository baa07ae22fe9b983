import { generateImportFile } from './bench/client-import/generate.js';
import { parseImportFile } from './src/server/features/client-import/client-import.parse.js';
import { planRows } from './src/server/features/client-import/client-import.rows.js';
import { createFieldCipher, generateSecretKey } from './src/server/crypto/field-encryption.js';
const file = generateImportFile({ rows: 30000, seed: 1, coachEmails: ['a@b.fi'] });
const cipher = createFieldCipher(generateSecretKey());
const lookups = { municipalityCodes: new Set(['564','698','205','139','244','425','494','615','305','240','851','091']), municipalityCodeByName: new Map([['oulu','564'],['rovaniemi','698'],['kajaani','205'],['ii','139'],['kempele','244'],['liminka','425'],['muhos','494'],['pudasjärvi','615'],['kuusamo','305'],['kemi','240'],['tornio','851'],['helsinki','091']]), iscedLevels: new Set([0,1,2,3,4,5,6,7,8]), caseworkers: new Map([['a@b.fi',{userId:'x',teamId:null}]]), clientByIdentityCodeHash: new Map(), clientsByPerson: new Map() };
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const parsed = parseImportFile(file.csv);
  const p = performance.now() - t; t = performance.now();
  const planned = planRows(parsed.records, lookups as any, '2026-11-23', cipher.blindIndex);
  console.log('parse', Math.round(p), 'plan', Math.round(performance.now() - t), planned.filter((r) => r.action === 'reject').length);
}
