import { WorkspaceKeyError } from "@/lib/errors/failures";

/** The tenant has no active Recruspace key. */
export class NoActiveKeyError extends WorkspaceKeyError {
  constructor() {
    super("missing", "No active Recruspace API key for this workspace.");
    this.name = "NoActiveKeyError";
  }
}

/** A stored key could not be decrypted (wrong master key, tampering, or a row moved between tenants). */
export class DecryptError extends WorkspaceKeyError {
  constructor(reason: string) {
    super("undecryptable", `The stored API key could not be decrypted: ${reason}`);
    this.name = "DecryptError";
  }
}

/** The stored base URL is no longer on the server's allowlist (the configuration changed since). */
export class BaseUrlNotAllowedError extends WorkspaceKeyError {
  constructor() {
    super("base_url_not_allowed", "The workspace's Recruspace base URL is not on this server's allowlist.");
    this.name = "BaseUrlNotAllowedError";
  }
}
