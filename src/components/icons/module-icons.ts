/**
 * The course's module icons: line drawings on a 24 × 24 grid, stroked in the current text
 * colour (so they follow light, dark and print), made for this course. Paths only, so the Astro
 * and the Svelte icon components draw them the same way. A module without its own icon gets the
 * book.
 */
export const moduleIcons: Record<string, { label: string; paths: string[] }> = {
  'why-digital-health': {
    label: 'a heart with a pulse line',
    paths: [
      'M12 20.5s-8-4.6-8-10.6A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 8 2.3c0 6-8 10.6-8 10.6z',
      'M6.5 12h3l1.5-2.5 2 4.5 1.5-2h3',
    ],
  },
  'ai-infrastructure': {
    label: 'a computer chip',
    paths: [
      'M7 7h10v10H7z',
      'M10 10h4v4h-4z',
      'M9.5 3v4M14.5 3v4M9.5 17v4M14.5 17v4M3 9.5h4M3 14.5h4M17 9.5h4M17 14.5h4',
    ],
  },
  'health-data': {
    label: 'a database',
    paths: [
      'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3z',
      'M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6',
      'M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
    ],
  },
  regulation: {
    label: 'scales of justice',
    paths: ['M12 3v17M8 20.5h8M5 6.5h14', 'M5 6.5 2.5 13a2.5 2.5 0 0 0 5 0z', 'M19 6.5 16.5 13a2.5 2.5 0 0 0 5 0z'],
  },
  'ai-in-practice': {
    label: 'a stethoscope',
    paths: ['M6 3H5v5a4 4 0 0 0 8 0V3h-1', 'M9 12v2.5a5 5 0 0 0 10 0V13', 'M21 11a2 2 0 1 1-4 0 2 2 0 0 1 4 0z'],
  },
  'ecosystem-and-skills': {
    label: 'a graduation cap',
    paths: ['M2 9.5 12 5l10 4.5-10 4.5z', 'M6 11.3V16c0 1.4 2.7 3 6 3s6-1.6 6-3v-4.7', 'M22 9.5V15'],
  },
  cybersecurity: {
    label: 'a shield with a padlock',
    paths: [
      'M12 3 19.5 6v5.5c0 4.6-3.2 8-7.5 9.5-4.3-1.5-7.5-4.9-7.5-9.5V6z',
      'M9 11.5h6V16H9z',
      'M10.2 11.5V10a1.8 1.8 0 0 1 3.6 0v1.5',
    ],
  },
  'ai-at-the-bedside': {
    label: 'a hospital bed beside a monitor',
    paths: [
      'M2 9v12M2 18h20v3',
      'M4.5 15.5h4',
      'M10 18v-3.5h9a3 3 0 0 1 3 3v.5',
      'M12 3h9v6.5h-9z',
      'M13.5 6.5h1.8l1-1.7 1.4 3 1-1.3h1',
    ],
  },
  'judging-and-running-ai': {
    label: 'a magnifying glass over a tick',
    paths: ['M10 16a6 6 0 1 0 0-12 6 6 0 0 0 0 12z', 'M14.5 14.5 20.5 20.5', 'M7.5 10.2l1.8 1.8 3.3-3.6'],
  },
};

/** The final assessment: a medal. */
export const finalIcon = {
  label: 'a medal',
  paths: ['M12 14.5a5 5 0 1 0 0-10 5 5 0 0 0 0 10z', 'M8.6 13.2 7 21.5l5-2.8 5 2.8-1.6-8.3'],
};

export const fallbackIcon = {
  label: 'a book',
  paths: ['M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z', 'M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5'],
};

export function moduleIcon(module: string): { label: string; paths: string[] } {
  if (module === 'final') return finalIcon;
  return moduleIcons[module] ?? fallbackIcon;
}
