/** Direct calls to the sandbox: the Recruspace API itself and its /__sandbox test controls. */
export function sandboxApi(sandboxURL: string, apiKey: string) {
  const auth = { Authorization: `Bearer ${apiKey}` };
  async function json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${sandboxURL}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → HTTP ${response.status}: ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : null) as T;
  }
  return {
    authHeaders: auth,
    candidatePath: (id: number) => `/api/v1/client/candidates/${id}/`,
    poolsPath: "/api/v1/client/talent-pools/",
    jobPostsPath: "/api/v1/client/job-posts/",
    uploadPath: "/api/v1/utilities/upload-file/",
    listPools: () => json<Array<{ id: number; name: string; candidate_count: number }>>("/api/v1/client/talent-pools/"),
    poolCandidates: (poolId: number) =>
      json<{ results: Array<{ id: number; email: string }> }>(`/api/v1/client/talent-pools/${poolId}/candidates/?page_size=5`),
    getCandidate: (id: number) => json<{ id: number }>(`/api/v1/client/candidates/${id}/`),
    requests: () => fetch(`${sandboxURL}/__sandbox/requests`).then((r) => r.json() as Promise<{ total: number; byRoute: Record<string, number> }>),
    resetRequests: () => fetch(`${sandboxURL}/__sandbox/requests/reset`, { method: "POST" }).then(() => undefined),
  };
}
export type SandboxApi = ReturnType<typeof sandboxApi>;
