/** Facts about the course that several pages print. */
export const SITE = {
  title: 'Digital Health Skills',
  tagline: 'How Europe is building digital health: a self-paced course for healthcare professionals',
  /** The one document every lesson is built from. */
  source: {
    title: 'Digital health and artificial intelligence (overview page)',
    publisher: 'European Commission',
    date: '2025-06-09',
  },
} as const;
