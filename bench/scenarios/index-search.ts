// The workspace index at 50 000 people: searchSeen (lib/candidate-index/search.ts) against a freshly
// migrated database, SQLite by default or PostgreSQL (BENCH_INDEX_PG_URL), timed in process on the server side.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/create-client";
import { searchText } from "../../lib/candidate-index/fold";
import { searchSeen } from "../../lib/candidate-index/search";
import { percentile } from "../lib/stats";

export type IndexSearchResult = { database: "sqlite" | "postgres"; people: number; queries: number; p50: number; p99: number; seedSeconds: number };

const FIRST = ["José", "Zoë", "Ana", "Łukasz", "Søren", "Chloé", "Mateo", "Aïsha", "Noah", "Émile", "Greta", "Ines", "Kenji", "Olúwa", "Priya", "Ruairí"];
const LAST = ["García", "Øster", "Nowak", "Müller", "Dubois", "Rossi", "Kowalski", "Sánchez", "Ødegaard", "Brontë", "Nakamura", "Okafor", "Þórsson", "Lindqvist"];
const TAGS = ["Senior", "Backend", "Frontend", "Rust", "Go", "Design", "Sales", "Remote", "Relocation", "Intern"];

/** A deterministic spread of people: names repeat, suffixes make them distinct. */
function person(i: number) {
  const firstName = FIRST[i % FIRST.length]!;
  const lastName = `${LAST[(i * 7) % LAST.length]!}${i % 997}`;
  const tags = [TAGS[i % TAGS.length]!, TAGS[(i * 3) % TAGS.length]!];
  const email = `${firstName.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}.${i}@bench.example`;
  return { candidateId: i + 1, email, firstName, lastName, tags };
}

export async function measureIndexSearch(options: { postgresUrl?: string; people?: number; queries?: number } = {}): Promise<IndexSearchResult> {
  const people = options.people ?? 50_000;
  const queries = options.queries ?? 400;
  const dir = options.postgresUrl ? null : fs.mkdtempSync(path.join(os.tmpdir(), "bench-index-"));
  const url = options.postgresUrl ?? `file:${path.join(dir!, "index.db")}`;
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: url } });
  const database = createPrismaClient(url);
  try {
    await database.tenant.deleteMany({ where: { name: "Bench index" } });
    const tenant = await database.tenant.create({ data: { name: "Bench index" } });
    const key = await database.apiKey.create({
      data: { tenantId: tenant.id, label: "bench", baseUrl: "http://127.0.0.1", masterKeyId: "k", nonce: "n", ciphertext: "c", authTag: "t", last4: "0000", createdById: "bench" },
    });
    const seedStart = performance.now();
    const now = Date.now();
    for (let start = 0; start < people; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, people - start) }, (_, k) => {
        const p = person(start + k);
        return {
          tenantId: tenant.id,
          apiKeyId: key.id,
          candidateId: p.candidateId,
          email: p.email,
          firstName: p.firstName,
          lastName: p.lastName,
          tags: JSON.stringify(p.tags),
          pools: "[]",
          searchText: searchText(p),
          lastSeenAt: new Date(now - (start + k) * 1000),
        };
      });
      await database.seenCandidate.createMany({ data: rows });
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    // The steady state: PostgreSQL's autovacuum analyses a table this size within a minute; without it the
    // planner guesses from an empty table's statistics and the figures swing run to run.
    if (options.postgresUrl) await database.$executeRawUnsafe(`ANALYZE "SeenCandidate"`);
    const asked = Array.from({ length: queries }, (_, i) => {
      const p = person((i * 7919) % people);
      switch (i % 4) {
        case 0:
          return p.firstName.slice(0, 3);
        case 1:
          return `${p.firstName.slice(0, 2)} ${p.lastName.slice(0, 4)}`;
        case 2:
          return p.tags[0]!.slice(0, 3).toUpperCase();
        default:
          return p.lastName.normalize("NFD").replace(/\p{M}/gu, "");
      }
    });
    for (const query of asked.slice(0, 20)) await searchSeen(database, tenant.id, query);
    const times: number[] = [];
    for (const query of asked) {
      const started = performance.now();
      await searchSeen(database, tenant.id, query);
      times.push(performance.now() - started);
    }
    return { database: options.postgresUrl ? "postgres" : "sqlite", people, queries, p50: percentile(times, 50), p99: percentile(times, 99), seedSeconds };
  } finally {
    // A PostgreSQL database is reused run after run: rows left behind would make the next run's table larger
    // (the same delete opens the run, for a run that was stopped before this point).
    await database.tenant.deleteMany({ where: { name: "Bench index" } }).catch(() => undefined);
    await database.$disconnect();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
