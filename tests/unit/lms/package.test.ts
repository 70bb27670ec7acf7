import { describe, expect, it } from 'vitest';
import {
  cmi5Xml,
  excluded,
  manifest12,
  manifest2004,
  parseOrigins,
  relativeUrl,
  rewriteHtml,
  validateXml,
} from '../../../scripts/package-lms.mjs';
import { coursePackage } from './fixtures';
import { adminReadme, tenseText, zipReadme } from '../../../scripts/lms-readme.mjs';

const roots = new Set(['_astro', 'modules', 'quizzes', 'results', 'index.html', 'favicon.svg', 'about']);
const isDir = (p: string) => !/\.[a-z0-9]+$/.test(p);

describe('URLs in a package', () => {
  it.each([
    ['/', 'index.html', 'index.html'],
    ['/', 'modules/a/b/index.html', '../../../index.html'],
    ['/modules/a/', 'modules/a/b/index.html', '../index.html'],
    ['/modules/a/b/#summary', 'index.html', 'modules/a/b/index.html#summary'],
    ['/_astro/x.js', 'about/index.html', '../_astro/x.js'],
    ['/results/review/?q=1#k', 'results/index.html', 'review/index.html?q=1#k'],
    ['/modules', 'index.html', 'modules/index.html'],
    ['/elsewhere/x', 'index.html', '/elsewhere/x'],
    ['//cdn.example/x.js', 'index.html', '//cdn.example/x.js'],
    ['https://example.org/', 'index.html', 'https://example.org/'],
  ])('%s from %s is %s', (url, from, want) => {
    expect(relativeUrl(url, from, roots, isDir)).toBe(want);
  });

  const page = `<!doctype html><html lang="en-GB"><head>
<meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self';object-src 'none'; script-src 'self' 'sha256-x'">
<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/_astro/a.css">
<script type="module" src="/_astro/a.js"></script>
<script>const u = "/modules/a/"; import("/_astro/b.js")</script>
<style>a{background:url(/x.png)}</style></head>
<body><a href="/modules/a/">A</a><div data-outline="{&quot;url&quot;:&quot;/quizzes/final/&quot;}"></div>
<p>Your progress stays in your browser.</p></body></html>`;
  const out = rewriteHtml(page, 'modules/a/b/index.html', roots, isDir, { lrsOrigins: ['https://lrs.example.org'] });

  it('rewrites attributes, escaped JSON and script sources, and marks the page as LMS delivery', () => {
    expect(out).toContain('<html lang="en-GB" data-delivery="lms">');
    expect(out).toContain('href="../../../_astro/a.css"');
    expect(out).toContain('<script type="module" src="../../../_astro/a.js">');
    expect(out).toContain('<a href="../index.html">');
    expect(out).toContain('&quot;../../../quizzes/final/index.html&quot;');
    expect(out).not.toContain('manifest.webmanifest');
    expect(out).toContain("Your progress is recorded by your organisation's learning system.");
  });

  it('loads the LMS entry that injects the storage engine first, right after the CSP', () => {
    const head = out.slice(out.indexOf('<head>'), out.indexOf('</head>'));
    expect(head).toMatch(
      /<meta http-equiv="content-security-policy"[^>]*>\s*<script src="\.\.\/\.\.\/\.\.\/lms\/page\.js"><\/script>/,
    );
    expect(head.indexOf('lms/page.js')).toBeLessThan(head.indexOf('<script type="module"'));
    expect(
      rewriteHtml('<html><head><title>x</title></head><body></body></html>', 'index.html', roots, isDir),
    ).toContain('<head><script src="lms/page.js"></script><title>');
  });

  it('reads the page with an HTML parser: markup inside a script is text, not an attribute to rewrite', () => {
    const tricky = `<html><head><script>const a = '<a href="/modules/a/">'; const b = "</div>";</script></head><body><p title='/modules/a/'>x</p></body></html>`;
    const done = rewriteHtml(tricky, 'index.html', roots, isDir);
    expect(done).toContain(`<script>const a = '<a href="/modules/a/">'; const b = "</div>";</script>`);
    expect(done).toContain(`<p title='modules/a/index.html'>x</p>`);
  });

  it('leaves a keyboard shortcut of "/" alone: it names a key, not the home page', () => {
    const page = `<html><head></head><body><input aria-keyshortcuts="/" data-home="/"></body></html>`;
    const done = rewriteHtml(page, 'modules/a/b/index.html', roots, isDir);
    expect(done).toContain('aria-keyshortcuts="/"');
    expect(done).toContain('data-home="../../../index.html"');
  });

  it('leaves inline scripts and styles byte for byte (their CSP hashes) and admits the LRS', () => {
    expect(out).toContain('<script>const u = "/modules/a/"; import("/_astro/b.js")</script>');
    expect(out).toContain('<style>a{background:url(/x.png)}</style>');
    expect(out).toContain("connect-src 'self' https://lrs.example.org;");
  });

  it('leaves the service worker and Workbox out', () => {
    expect(
      ['sw.js', 'workbox-1a2b.js', 'sw.js.map', '_headers', 'robots.txt', 'pagefind/pagefind.js'].every(excluded),
    ).toBe(true);
    expect(['index.html', '_astro/sw.js', 'modules/sw/index.html'].some(excluded)).toBe(false);
  });

  it('reads LRS origins given when packaging, and refuses what is not one', () => {
    expect(parseOrigins('https://lrs.example.org/xapi/, http://localhost:8080')).toEqual([
      'https://lrs.example.org',
      'http://localhost:8080',
    ]);
    expect(parseOrigins(undefined)).toEqual([]);
    expect(() => parseOrigins('lrs.example.org')).toThrow(/LRS_ORIGIN/);
    expect(() => parseOrigins('ftp://lrs.example.org')).toThrow(/LRS_ORIGIN/);
  });
});

describe('each package names its course edition, in a manifest the schemas accept', () => {
  const edition = { edition: '2026-12', lawChecked: '2026-12-06' };
  const pkg = { ...coursePackage(), edition };
  const files = { 'lms.html': 1, 'index.html': 1 };

  it('SCORM 1.2: the manifest version and the LOM lifecycle version', async () => {
    const xml = manifest12(pkg, files, 80);
    expect(await validateXml(xml, 'scorm12/all.xsd')).toBe('');
    expect(xml).toMatch(/<manifest identifier="digital-health-skills" version="2026-12"/);
    expect(xml).toContain(
      '<imsmd:version><imsmd:langstring xml:lang="en-GB">Edition 2026-12, law checked 6 December 2026.</imsmd:langstring></imsmd:version>',
    );
  });

  it('SCORM 2004: the manifest version', async () => {
    const xml = manifest2004(pkg, files, 80);
    expect(await validateXml(xml, 'scorm2004-4th/all.xsd')).toBe('');
    expect(xml).toMatch(/<manifest identifier="digital-health-skills" version="2026-12"/);
  });

  it('cmi5: the course description ends with it', async () => {
    const xml = cmi5Xml(pkg, 80);
    expect(await validateXml(xml, 'cmi5/CourseStructure.xsd')).toBe('');
    expect(xml).toContain('test Edition 2026-12, law checked 6 December 2026.</langstring></description>');
  });

  it('the administrator’s readme and each zip’s readme say it', () => {
    const readme = adminReadme({
      packages: [{ name: 'a.zip', scope: 'course', title: 'T', standard: 'scorm12', mastery: 80, assessment: 'Final' }],
      edition,
    });
    expect(readme).toContain('**Edition 2026-12, law checked 6 December 2026.** Every zip here is this edition');
    expect(readme).toContain('Progress saved by an earlier edition’s package is read by the new one.');
    const zip = zipReadme({
      name: 'a.zip',
      standard: 'cmi5',
      title: 'T',
      scope: 'course',
      mastery: 80,
      assessment: 'Final',
      support: undefined,
      edition,
    });
    expect(zip.split('\n').slice(0, 5).join('\n')).toContain('Edition 2026-12, law checked 6 December 2026.');
  });

  it('the readmes say which day the dates’ tense is of, and after which day to upload a newer package', () => {
    const lawTense = { builtOn: '2026-12-07', next: { date: '2026-12-09', laws: ['Product Liability Directive'] } };
    const pkg = {
      name: 'a.zip',
      scope: 'course',
      title: 'T',
      standard: 'scorm12',
      mastery: 80,
      assessment: 'F',
    } as const;
    const packages = [pkg];
    const readme = adminReadme({ packages, edition, lawTense });
    expect(readme).toContain('## Legal dates and their tense');
    expect(readme).toContain('Built on 7 December 2026. The course writes each legal date in the tense of the day');
    expect(readme).toContain('passes on **9 December 2026 (Product Liability Directive)**. After that day');
    expect(adminReadme({ packages, edition })).not.toContain('Legal dates and their tense');
    const zip = zipReadme({ ...pkg, standard: 'cmi5', edition, lawTense });
    expect(zip).toContain(
      'Built on 7 December 2026; the next legal date the course names passes on 9 December 2026 (Product Liability Directive). After that day, upload a package built on or after it',
    );
    expect(zip).not.toContain('**');
    expect(tenseText({ builtOn: '2031-01-01' })).toBe(
      'Built on 1 January 2031. Every legal date the course names had passed by then, so no sentence changes tense later.',
    );
    expect(tenseText(undefined)).toBe('');
  });
});

describe('manifests against the official schemas (xmllint-wasm, nothing from the system)', () => {
  const pkg = { ...coursePackage(), title: 'Digital Health Skills & more <test>' };
  const files = { 'lms.html': 1, 'index.html': 1, 'modules/a/index.html': 1 };

  it('SCORM 1.2 imsmanifest.xml is valid, with the mastery score and the launcher as the SCO', async () => {
    const xml = manifest12(pkg, files, 80);
    expect(await validateXml(xml, 'scorm12/all.xsd')).toBe('');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toContain('adlcp:scormtype="sco" href="lms.html"');
    expect(await validateXml(xml.replace('<schemaversion>', '<bogus/><schemaversion>'), 'scorm12/all.xsd')).not.toBe(
      '',
    );
  });

  it('SCORM 2004 4th edition imsmanifest.xml is valid, passing score in the primary objective', async () => {
    const xml = manifest2004(pkg, files, 80);
    expect(await validateXml(xml, 'scorm2004-4th/all.xsd')).toBe('');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
    expect(
      await validateXml(xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"'), 'scorm2004-4th/all.xsd'),
    ).not.toBe('');
  });

  it('cmi5.xml is valid against the course structure schema', async () => {
    const xml = cmi5Xml(pkg, 80);
    expect(await validateXml(xml, 'cmi5/CourseStructure.xsd')).toBe('');
    expect(xml).toContain('masteryScore="0.80"');
    expect(xml).toContain('<url>lms.html</url>');
    expect(
      await validateXml(xml.replace('moveOn="CompletedAndPassed"', 'moveOn="Sometimes"'), 'cmi5/CourseStructure.xsd'),
    ).not.toBe('');
  });
});
