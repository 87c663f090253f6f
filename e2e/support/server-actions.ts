import type { APIRequestContext } from "@playwright/test";
import { serverActionHeaders, type BuiltAction } from "../../tests/support/built-app/server-actions";

export type ActionCallResult = { status: number; ok: boolean | null; code: string | null; text: string };

/**
 * Calls a server action the way a hostile client would: a bare POST with the action id, bypassing
 * every form and button. The result is read from the RSC payload.
 */
export async function callServerAction(
  request: APIRequestContext,
  baseURL: string,
  action: BuiltAction,
  args: unknown[],
): Promise<ActionCallResult> {
  const response = await request.post(`${baseURL}${action.pageUrl}`, {
    headers: { ...serverActionHeaders(action.id), Origin: baseURL },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const text = await response.text();
  const okMatch = /"ok":(true|false)/.exec(text);
  const codeMatch = /"code":"([a-z_]+)"/.exec(text);
  return { status: response.status(), ok: okMatch ? okMatch[1] === "true" : null, code: codeMatch?.[1] ?? null, text };
}
