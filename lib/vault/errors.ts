/** The tenant has no active Recruspace key. */
export class NoActiveKeyError extends Error {
  constructor() {
    super("No active Recruspace API key for this workspace.");
    this.name = "NoActiveKeyError";
  }
}

/** A stored key could not be decrypted (wrong master key, tampering, or a row moved between tenants). */
export class DecryptError extends Error {
  constructor(reason: string) {
    super(`The stored API key could not be decrypted: ${reason}`);
    this.name = "DecryptError";
  }
}
