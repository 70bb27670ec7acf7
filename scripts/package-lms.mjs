// Builds the LMS packages from the site build in dist/ and the course file build/course.json
// (run `astro build` first; `npm run
// package` does both): SCORM 1.2, SCORM 2004 4th edition and cmi5, for the whole course and
// for each module, into dist-lms/. See README.md, "Running the course in an LMS".
//
//   LRS_ORIGIN=https://lrs.example.org npm run package   admit an LRS in the cmi5 packages' CSP
//   ONLY=course,why-digital-health npm run package:dist   only these scopes (what the tests use)
//   SUPPORT=learning@example.org npm run package          who the administrator's readme says to report a problem to
//
// Every page is the built page with its root-absolute URLs made relative to explicit
// index.html files (an LMS unpacks a package under a path nobody knows and often serves it
// through a script that does not map folders to index.html), `<html data-delivery="lms">`
// (the store then keeps progress in the LMS, not in this browser) and no service worker.
import { build } from 'esbuild';
import { zipSync, strToU8 } from 'fflate';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHtml } from 'node-html-parser';
import { adminReadme, editionText, zipReadme } from './lms-readme.mjs';
import { validateXml } from './lib/validate-xml.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, process.env.DIST ?? 'dist');
const out = join(root, process.env.OUT ?? 'dist-lms');
/** Which packages: every one, or a comma-separated list of 'course' and module ids (the tests' subset). */
const only = (process.env.ONLY ?? 'all').split(',').map((s) => s.trim());

// ------------------------------------------------------------------ options

/** Origins the cmi5 packages' CSP admits for the LRS, from LRS_ORIGIN (comma-separated). */
export function parseOrigins(text) {
  const origins = [];
  for (const part of (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    let url;
    try {
      url = new URL(part);
    } catch {
      throw new Error(`LRS_ORIGIN: "${part}" is not a URL (expected e.g. https://lrs.example.org)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`LRS_ORIGIN: "${part}" is not http(s)`);
    origins.push(url.origin);
  }
  return origins;
}

// ------------------------------------------------------------------ course content

/**
 * The course as the build wrote it (src/lib/course/course-file.ts): modules in order with
 * their lessons, quizzes with their questions. The packager never reads the content files.
 */
function loadCourse() {
  const file = join(root, 'build', 'course.json');
  if (!existsSync(file)) throw new Error('build/course.json not found: run "npm run build" first');
  const course = JSON.parse(readFileSync(file, 'utf8'));
  const quizzes = new Map(
    course.quizzes.map((q) => [
      q.id,
      {
        id: q.id,
        title: q.title,
        module: q.module,
        passMark: q.passMark,
        questions: q.questions.map((q) => {
          const out = { id: q.id, type: q.type, prompt: q.prompt, answer: q.answer };
          if (q.options) out.options = q.options.map((o) => ({ id: o.id, text: o.text }));
          if (q.partialCredit) out.partialCredit = true;
          if (q.tolerance) out.tolerance = q.tolerance;
          if (q.unit) out.unit = q.unit;
          return out;
        }),
      },
    ]),
  );
  const modules = course.modules.map((m) => ({
    id: m.id,
    order: m.order,
    title: m.title,
    summary: m.summary,
    lessons: m.lessons,
    quiz: quizzes.get(m.quiz),
  }));
  const final = [...quizzes.values()].find((q) => q.module === 'final');
  if (!final) throw new Error('build/course.json: no final assessment (module: final)');
  if (!course.edition?.edition) throw new Error('build/course.json: no course edition; run "npm run build" again');
  if (!course.lawTense?.builtOn) throw new Error('build/course.json: no lawTense; run "npm run build" again');
  return { site: course.site, edition: course.edition, lawTense: course.lawTense, modules, final };
}

// ------------------------------------------------------------------ the site, made relative

/** Where a package keeps the script that hands every course page its storage engine. */
export const PAGE_ENTRY = 'lms/page.js';

function walk(dir, base = '') {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const rel = base ? `${base}/${name}` : name;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files.push(...walk(full, rel));
    else files.push(rel);
  }
  return files;
}

/**
 * Files a package leaves out: the service worker and Workbox, the search index (the header
 * search is hidden inside an LMS, so its 180 files would only weigh down the upload), the
 * host's headers, crawler files.
 */
export function excluded(path) {
  return (
    /^(sw\.js|workbox-[^/]*\.js|registerSW\.js)(\.map)?$/.test(path) ||
    path.startsWith('pagefind/') ||
    /^(_headers|_redirects|robots\.txt|sitemap[^/]*\.xml|manifest\.webmanifest)$/.test(path)
  );
}

/**
 * Makes a root-absolute URL relative to the file at `from`, pointing at an explicit
 * index.html for folders. `roots` are the top-level names of the build; others stay as they are.
 */
export function relativeUrl(url, from, roots, isDir) {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const m = /^([^?#]*)(.*)$/.exec(url);
  let path = m[1];
  const rest = m[2];
  const top = path.split('/')[1] ?? '';
  if (path !== '/' && !roots.has(top)) return url;
  if (path.endsWith('/')) path += 'index.html';
  else if (isDir(path.slice(1))) path += '/index.html';
  const fromDir = posix.dirname(from);
  let rel = posix.relative(fromDir === '.' ? '' : fromDir, path.slice(1));
  if (rel === '') rel = posix.basename(path);
  return rel + rest;
}

/**
 * Rewrites URLs in attribute values (also inside HTML-escaped JSON, such as island props),
 * never inside scripts or styles: their text is kept byte for byte (its CSP hash).
 * @param {string} html
 * @param {string} from
 * @param {Set<string>} roots
 * @param {(path: string) => boolean} isDir
 * @param {{ lrsOrigins?: string[] }} [options]
 */
export function rewriteHtml(html, from, roots, isDir, { lrsOrigins = [] } = {}) {
  const doc = parseHtml(html, { comment: true });
  const fix = (u) => relativeUrl(u, from, roots, isDir);
  for (const el of doc.querySelectorAll('*')) {
    // The attributes' source text, so entities (&quot; in island props) stay as they were.
    // aria-keyshortcuts="/" names a key, not a page.
    if (el.rawAttrs)
      el.rawAttrs = el.rawAttrs.replace(
        /(?<!aria-keyshortcuts\s*)(=\s*"|=\s*'|&quot;)(\/(?!\/)[^"'&<>\s]*)/g,
        (_, q, u) => q + fix(u),
      );
  }
  for (const link of doc.querySelectorAll('link')) {
    if (/^(manifest|sitemap|canonical)$/.test(link.getAttribute('rel') ?? '')) link.remove();
  }
  const top = doc.querySelector('html');
  if (top && !top.hasAttribute('data-delivery')) top.setAttribute('data-delivery', 'lms');
  // The LMS entry (src/lms/page-entry.ts) hands the store its engine: a classic script, so it
  // runs before any module or island, placed after the CSP that admits it ('self').
  const head = doc.querySelector('head');
  if (head) {
    const fromDir = posix.dirname(from);
    const entry = parseHtml(
      `<script src="${posix.relative(fromDir === '.' ? '' : fromDir, PAGE_ENTRY)}"></script>`,
    ).firstChild;
    const csp = head
      .querySelectorAll('meta')
      .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (csp) csp.after(entry);
    else head.prepend(entry);
  }
  for (const el of doc.querySelectorAll('p')) {
    for (const node of el.childNodes) {
      if (node.nodeType === 3 && node.rawText.includes('Your progress stays in your browser.'))
        node.rawText = node.rawText.replace(
          'Your progress stays in your browser.',
          "Your progress is recorded by your organisation's learning system.",
        );
    }
  }
  if (lrsOrigins.length) {
    for (const meta of doc.querySelectorAll('meta')) {
      const csp = meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy';
      const content = meta.getAttribute('content');
      if (csp && content?.includes("connect-src 'self'"))
        meta.setAttribute(
          'content',
          content.replace("connect-src 'self'", `connect-src 'self' ${lrsOrigins.join(' ')}`),
        );
    }
  }
  return doc.toString();
}

export function rewriteCss(css, from, roots, isDir) {
  return css.replace(
    /url\((['"]?)(\/(?!\/)[^'")]+)\1\)/g,
    (_, q, u) => `url(${q}${relativeUrl(u, from, roots, isDir)}${q})`,
  );
}

function siteFiles(lrsOrigins) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${relative(root, dist)}/index.html not found: run "npm run build" first`);
  const paths = walk(dist).filter((p) => !excluded(p));
  const roots = new Set(readdirSync(dist));
  const isDir = (p) => {
    try {
      return statSync(join(dist, p)).isDirectory();
    } catch {
      return false;
    }
  };
  const files = {};
  for (const p of paths) {
    const bytes = readFileSync(join(dist, p));
    if (p.endsWith('.html')) files[p] = strToU8(rewriteHtml(bytes.toString('utf8'), p, roots, isDir, { lrsOrigins }));
    else if (p.endsWith('.css')) files[p] = strToU8(rewriteCss(bytes.toString('utf8'), p, roots, isDir));
    else files[p] = new Uint8Array(bytes);
  }
  return files;
}

// ------------------------------------------------------------------ launcher

async function bundleLauncher(entry) {
  const res = await build({
    entryPoints: [join(root, 'src/lms', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return res.outputFiles[0].contents;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function launcherHtml(pkg, script, lrsOrigins) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${lrsOrigins.map((o) => ` ${o}`).join('')}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return `<!doctype html>
<html lang="en-GB" data-delivery="lms">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="content-security-policy" content="${csp}" />
    <meta name="referrer" content="no-referrer" />
    <meta name="color-scheme" content="light dark" />
    <title>${esc(pkg.title)}</title>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="lms/launcher.css" />
    <script src="lms/package.js"></script>
    <script defer src="lms/${script}"></script>
  </head>
  <body>
    <header class="lms-bar">
      <p class="lms-title">${esc(pkg.title)}</p>
      <button type="button" id="lms-exit" class="lms-exit">Save and exit</button>
    </header>
    <div id="lms-notice" class="lms-notice" role="alert" hidden>
      <p class="lms-notice-heading">Your progress is not reaching your organisation's system</p>
      <p id="lms-notice-text"></p>
    </div>
    <p id="lms-status" class="lms-status" role="status" hidden></p>
    <main class="lms-main">
      <iframe id="lms-course" title="${esc(pkg.title)}: course" hidden></iframe>
      <div id="lms-done" class="lms-done" tabindex="-1" hidden>
        <h1>Your progress is saved</h1>
        <p>Your organisation's learning system has your progress. You can now close this window or use your learning platform's exit button.</p>
      </div>
      <noscript><p class="lms-done">This course needs JavaScript to report to your learning system.</p></noscript>
    </main>
  </body>
</html>
`;
}

const LAUNCHER_CSS = `:root{color-scheme:light dark;--bg:#fff;--text:#1a1a1a;--bar:#f3f5f8;--border:#c9d1db;--accent:#0b5cad;--accent-text:#fff;--warn-bg:#fff4e5;--warn-border:#8a4b00}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--text:#f0f2f5;--bar:#1c2026;--border:#3a424d;--accent:#8cc4ff;--accent-text:#0b1320;--warn-bg:#2b2112;--warn-border:#f0b45c}}
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;background:var(--bg);color:var(--text);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.lms-bar{display:flex;align-items:center;justify-content:space-between;gap:.5rem 1rem;padding:.25rem 1rem;background:var(--bar);border-bottom:1px solid var(--border)}
.lms-title{flex:1 1 auto;min-width:0;margin:0;font-weight:700;font-size:.95rem}
.lms-exit{flex:none;white-space:nowrap;min-height:2.75rem;padding:.5rem 1rem;border:2px solid var(--accent);border-radius:.375rem;background:var(--accent);color:var(--accent-text);font:inherit;font-weight:600;cursor:pointer}
.lms-exit:focus-visible{outline:3px solid var(--text);outline-offset:2px}
.lms-notice{margin:0;padding:.75rem 1rem;background:var(--warn-bg);border-bottom:3px solid var(--warn-border)}
.lms-notice p{margin:0;max-width:70ch}
.lms-notice-heading{font-weight:700}
.lms-status{margin:0;padding:.5rem 1rem;border-bottom:1px solid var(--border)}
.lms-main{flex:1;display:flex;min-height:0}
#lms-course{flex:1;width:100%;border:0}
.lms-done{margin:2rem auto;padding:0 1rem;max-width:40rem}
[hidden]{display:none!important}
`;

// ------------------------------------------------------------------ manifests

const x = esc;

/**
 * What the manifests say about the course edition: SCORM's manifest `version` (at most 20
 * characters in SCORM 1.2's schema) is the edition; the longer text (with the law-checked day)
 * is SCORM 1.2's LOM lifecycle version and the end of cmi5.xml's course description.
 */
const manifestVersion = (pkg) => x(pkg.edition?.edition ?? '1.0');

function fileList(files, indent) {
  return Object.keys(files)
    .sort()
    .map((p) => `${indent}<file href="${x(p)}"/>`)
    .join('\n');
}

export function manifest12(pkg, files, mastery) {
  const lifecycle = pkg.edition
    ? `
      <imsmd:lifecycle>
        <imsmd:version><imsmd:langstring xml:lang="en-GB">${x(editionText(pkg.edition))}</imsmd:langstring></imsmd:version>
      </imsmd:lifecycle>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(pkg.id)}" version="${manifestVersion(pkg)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="en-GB">${x(pkg.title)}</imsmd:langstring></imsmd:title>
        <imsmd:description><imsmd:langstring xml:lang="en-GB">${x(pkg.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>${lifecycle}
    </imsmd:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${x(pkg.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${x(pkg.title)}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="lms.html">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function manifest2004(pkg, files, mastery) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(pkg.id)}" version="${manifestVersion(pkg)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${x(pkg.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${x(pkg.title)}</title>
        <adlcp:completionThreshold completedByMeasure="false" minProgressMeasure="1.0"/>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${x(pkg.assessment)}-pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(mastery / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="lms.html">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function cmi5Xml(pkg, mastery) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${x(pkg.iri)}">
    <title><langstring lang="en-GB">${x(pkg.title)}</langstring></title>
    <description><langstring lang="en-GB">${x([pkg.description, editionText(pkg.edition)].filter(Boolean).join(' '))}</langstring></description>
  </course>
  <au id="${x(pkg.iri)}/au" moveOn="CompletedAndPassed" masteryScore="${(mastery / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title><langstring lang="en-GB">${x(pkg.title)}</langstring></title>
    <description><langstring lang="en-GB">${x(pkg.description)}</langstring></description>
    <url>lms.html</url>
  </au>
</courseStructure>
`;
}

export { validateXml };

// ------------------------------------------------------------------ packages

const STANDARDS = {
  scorm12: { script: 'launch-scorm.js', schema: 'scorm12/all.xsd' },
  scorm2004: { script: 'launch-scorm.js', schema: 'scorm2004-4th/all.xsd' },
  cmi5: { script: 'launch-cmi5.js', schema: 'cmi5/CourseStructure.xsd' },
};

/** The IRI naming the course in cmi5.xml; COURSE_IRI overrides (it must stay the same across releases). */
const BASE_IRI = (process.env.COURSE_IRI ?? 'https://w3id.org/xapi/dhs/course/digital-health-skills').replace(
  /\/$/,
  '',
);

function scopes(course) {
  const all = {
    scope: 'course',
    id: 'digital-health-skills',
    title: course.site.title,
    description: course.site.tagline,
    start: 'index.html',
    lessons: course.modules.flatMap((m) => m.lessons),
    assessment: course.final,
    quizzes: [...course.modules.map((m) => m.quiz), course.final],
    iri: BASE_IRI,
  };
  const mods = course.modules.map((m) => ({
    scope: m.id,
    id: `digital-health-skills-${m.id}`,
    title: `${course.site.title}: ${m.title}`,
    description: m.summary,
    start: `modules/${m.id}/index.html`,
    lessons: m.lessons,
    assessment: m.quiz,
    quizzes: [m.quiz],
    iri: `${BASE_IRI}/module/${m.id}`,
  }));
  return [all, ...mods].filter((s) => only.includes('all') || only.includes(s.scope));
}

async function main() {
  const lrsOrigins = parseOrigins(process.env.LRS_ORIGIN);
  const course = loadCourse();
  const site = { scorm: siteFiles([]), cmi5: siteFiles(lrsOrigins) };
  const scripts = {
    'launch-scorm.js': await bundleLauncher('launch-scorm.ts'),
    'launch-cmi5.js': await bundleLauncher('launch-cmi5.ts'),
  };
  const pageEntry = await bundleLauncher('page-entry.ts');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const made = [];
  for (const scope of scopes(course)) {
    for (const [standard, how] of Object.entries(STANDARDS)) {
      const mastery = scope.assessment.passMark;
      const info = {
        id: scope.id,
        standard,
        title: scope.title,
        description: scope.description,
        start: scope.start,
        lessons: scope.lessons,
        assessment: scope.assessment.id,
        quizzes: scope.quizzes.map(({ id, title, passMark, questions }) => ({ id, title, passMark, questions })),
        lrsOrigins: standard === 'cmi5' ? lrsOrigins : [],
        iri: scope.iri,
        edition: course.edition,
      };
      const origins = standard === 'cmi5' ? lrsOrigins : [];
      const files = {
        ...(standard === 'cmi5' ? site.cmi5 : site.scorm),
        'lms.html': strToU8(launcherHtml(info, how.script, origins)),
        'lms/launcher.css': strToU8(LAUNCHER_CSS),
        'lms/package.js': strToU8(`window.DHS_PACKAGE=${JSON.stringify(info)};\n`),
        [`lms/${how.script}`]: scripts[how.script],
        [PAGE_ENTRY]: pageEntry,
      };
      let xml;
      let xmlName;
      if (standard === 'cmi5') {
        xml = cmi5Xml(info, mastery);
        xmlName = 'cmi5.xml';
      } else {
        xml = standard === 'scorm12' ? manifest12(info, files, mastery) : manifest2004(info, files, mastery);
        xmlName = 'imsmanifest.xml';
      }
      const problem = await validateXml(xml, how.schema);
      if (problem) throw new Error(`${scope.id} ${standard} ${xmlName}:\n${problem}`);
      files[xmlName] = strToU8(xml);
      // After the manifest: the readme is for the administrator, never a resource the LMS lists or launches.
      const readme = {
        name: `${scope.id}-${standard}.zip`,
        scope: scope.scope,
        title: scope.title,
        standard,
        mastery,
        assessment: scope.assessment.title,
        support: process.env.SUPPORT,
        edition: course.edition,
        lawTense: course.lawTense,
      };
      files['LMS-README.txt'] = strToU8(zipReadme(readme));
      const entries = {};
      const mtime = new Date('2026-01-01T00:00:00Z');
      for (const [p, bytes] of Object.entries(files)) {
        entries[p] = [bytes, { level: /\.(png|jpe?g|webp|avif|woff2?|gz|zip)$/.test(p) ? 0 : 9, mtime }];
      }
      const zip = zipSync(entries);
      const name = `${scope.id}-${standard}.zip`;
      writeFileSync(join(out, name), zip);
      made.push({ ...readme, name, bytes: zip.length, files: Object.keys(files).length });
    }
  }
  writeFileSync(
    join(out, 'README.md'),
    adminReadme({
      packages: made,
      support: process.env.SUPPORT,
      lrsOrigins,
      edition: course.edition,
      lawTense: course.lawTense,
    }),
  );
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  for (const m of made) console.log(`${m.name.padEnd(60)} ${kb(m.bytes).padStart(8)}  ${m.files} files`);
  console.log(`${made.length} packages in ${relative(root, out)}/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
