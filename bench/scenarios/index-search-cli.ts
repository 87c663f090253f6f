// Runs measureIndexSearch in its own process under the react-server condition (lib/ modules import
// "server-only") and prints the result as JSON: `tsx --conditions=react-server bench/scenarios/index-search-cli.ts [pg-url]`.
import { measureIndexSearch } from "./index-search";

console.log(JSON.stringify(await measureIndexSearch({ postgresUrl: process.argv[2] || undefined })));
