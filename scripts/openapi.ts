// `npm run openapi [file]`: writes the OpenAPI document of the host APIs, generated from src/contract
// (the same table the api client and the mocks are built on). `npm run build` publishes it with the
// remote as dist/remote/openapi.json.
import fs from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from '../src/contract/openapi';
import packageJson from '../package.json' with { type: 'json' };

const target = path.resolve(process.argv[2] ?? path.join(process.env.DIST_DIR ?? 'dist', 'remote', 'openapi.json'));
fs.mkdirSync(path.dirname(target), { recursive: true });
const document = buildOpenApiDocument(packageJson.version);
fs.writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
const operations = Object.values(document.paths as Record<string, object>).reduce((count, methods) => count + Object.keys(methods).length, 0);
console.log(`OpenAPI ${String(document.openapi)}: ${operations} operations -> ${path.relative(process.cwd(), target)}`);
