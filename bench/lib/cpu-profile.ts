/** The parts of V8's .cpuprofile format this summary reads. */
type CpuProfile = {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
};

/** Which package (or app file) a script URL belongs to, so time can be grouped by owner. */
export function ownerOf(url: string): string {
  if (!url) return "(native / GC / idle)";
  const parts = url.split("node_modules/");
  if (parts.length > 1) {
    const rest = parts[parts.length - 1]!.split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return "node core";
  const chunk = /\/(server\/chunks\/[^/]+|server\/app\/.*)$/.exec(url);
  return chunk ? `app build: ${chunk[1]}` : url;
}

type CallFrame = CpuProfile["nodes"][number]["callFrame"];

/** "name dir/file.js:line", short enough to read, precise enough to find. */
function frameLabel({ functionName, url, lineNumber }: CallFrame): string {
  return `${functionName || "(anonymous)"} ${url ? `${url.split("/").slice(-2).join("/")}:${lineNumber}` : ""}`;
}

/** Self time per function and per owner, heaviest first, as printable text. */
export function summarizeCpuProfile(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame;
    const name = frameLabel(frame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const owner = frame.functionName === "(idle)" ? "(idle)" : ownerOf(frame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
  }
  const lines = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => `${((micros / total) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`)
      .join("\n");
  // Inclusive time: each sample counts once for every distinct function on its stack (async
  // continuations start new stacks, so this shows synchronous work only).
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.functionName || frame.functionName === "(root)" || frame.functionName === "(idle)") continue;
      const name = frameLabel(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    }
  }
  return `By owner:\n${lines(byOwner, 25)}\n\nBy function (self):\n${lines(byFunction, top)}\n\nBy function (inclusive, synchronous):\n${lines(inclusive, top)}`;
}
