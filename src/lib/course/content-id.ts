/**
 * Content ids come from file paths with their numeric ordering prefixes removed, so
 * `lessons/01-why-digital-health/02-ai-value-chain.mdx` becomes
 * `why-digital-health/ai-value-chain` and reordering files never changes a URL.
 */
export function contentId(entry: string, { dropFile = false } = {}): string {
  const parts = entry.replace(/\.(mdx|md|ya?ml)$/, '').split('/');
  if (dropFile) parts.pop();
  return parts.map((p) => p.replace(/^\d+-/, '')).join('/');
}
