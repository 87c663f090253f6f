/** Removes every occurrence of the API key from text that came from upstream or from a runtime error. */
export function createRedactor(apiKey: string): (text: string) => string {
  if (!apiKey) return (text) => text;
  return (text) => (text.includes(apiKey) ? text.split(apiKey).join("[redacted]") : text);
}
