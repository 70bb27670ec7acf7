import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { changes } from '../../data/changes';

/**
 * RSS feed of "What changed" (/changes/feed.xml) for trainers. A feed needs absolute links, so
 * only a build that knows its address (SITE) writes it; without SITE there is no feed and
 * /changes/ does not advertise one.
 */
export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: 'feed' } }] : []) satisfies GetStaticPaths;

export async function GET(context: APIContext): Promise<Response> {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const site = context.site!.toString();
  return rss({
    trailingSlash: false,
    title: 'Digital Health Skills: what changed',
    description: 'Dated changes to the course: what changed, why, and the lessons and questions they touched.',
    site,
    items: changes.map((c) => ({
      title: c.title,
      link: `${base}/changes/#${c.id}`,
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: `${c.what} Why: ${c.why}`,
      categories: [`Edition ${c.edition}`],
    })),
    customData: '<language>en-gb</language>',
  });
}
