import type { IncomingMessage } from "node:http";
import type { UrlSigner } from "../files/signing";
import type { SandboxStore } from "../store/store";
import type { CompanyRecord } from "../store/types";

/** What a route handler gets for one authenticated API request. */
export interface RequestContext {
  req: IncomingMessage;
  url: URL;
  origin: string;
  params: Record<string, string>;
  company: CompanyRecord;
  store: SandboxStore;
  signer: UrlSigner;
  maxUploadBytes: number;
}
