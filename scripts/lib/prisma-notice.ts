/**
 * Prisma 6.19's CLI warns on every `migrate deploy` that the schema's datasource `url` "will NOT be
 * used" because a driver adapter is configured. That is true and intended here, and the `url` cannot
 * go: 6.19 refuses a datasource without it (P1012), and without it the offline CLI would also look for
 * the library engine. So the one known notice is removed from the CLI's output; anything else it
 * prints, including any other warning, is kept.
 */
const ADAPTER_URL_NOTICE =
  /\n?WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma\.config\.ts:\n(?:- \w+\n)+\nThe values from your schema will NOT be used!\n\nWe recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters\.\n/;

export function withoutAdapterUrlNotice(output: string): string {
  return output.replace(ADAPTER_URL_NOTICE, "");
}
