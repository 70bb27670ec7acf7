import type { Loader } from 'astro/loaders';
import { lawToday } from '../../data/law';
import { legalFacts } from '../../data/legal-facts';

/**
 * What the parsed content depends on besides its own files: the schemas write `{law:…}`
 * placeholders out in the tense of the build day (src/schemas/law-text.ts), from the facts file.
 */
export function lawStamp(today = lawToday(), facts: readonly unknown[] = legalFacts): string {
  return `${today}\n${JSON.stringify(facts)}`;
}

/**
 * Astro keeps each parsed entry between builds (node_modules/.astro) and parses it again only
 * when its file's digest changes. Left alone, a build on the day a legal date passes, or after a
 * fact changed, would keep quiz explanations, lesson summaries and glossary entries in the old
 * tense or with the old date, while the lesson bodies followed. This loader gives each entry a
 * digest of its file *and* the stamp, so either change parses it again.
 */
export function withLawStamp(loader: Loader, stamp = lawStamp()): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${data}\n${stamp}` : { data, stamp }),
      }),
  };
}
