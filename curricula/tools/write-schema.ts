/** Regenerates curricula/schema.json from the module schema: `npm run curricula:schema`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleJsonSchemaText } from '../../core/domain/curriculum/jsonSchema';

const target = join(__dirname, '..', 'schema.json');
writeFileSync(target, moduleJsonSchemaText());
console.log(`Wrote ${target}`);
