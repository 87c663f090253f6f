import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseKind, sqliteFilePath } from "./url";

// adapter-pg 6.19 cannot deserialize the `name` (19) and `"char"` (18) columns that migration
// introspection reads, so the CLI's pool reports them as text (25). The runtime client needs no such fix.
const PG_NAME = 19;
const PG_CHAR = 18;
const PG_TEXT = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function asText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
  }
  return result;
}

function wrapQuery<C extends { query: (...args: never[]) => unknown }>(target: C): C {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(asText) : out;
  };
  return target;
}

class NameAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    wrapQuery(this as unknown as { query: (...args: never[]) => unknown });
    // Transactions run on checked-out clients, which need the same fix.
    this.on("connect", (client) => {
      wrapQuery(client as unknown as { query: (...args: never[]) => unknown });
    });
  }
}

export function createMigrationAdapter(url: string) {
  if (databaseKind(url) === "sqlite") return new PrismaBetterSQLite3({ url: sqliteFilePath(url) });
  return new PrismaPg(new NameAsTextPool({ connectionString: url }));
}
