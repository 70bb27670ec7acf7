/**
 * Tiny DOM helpers for the quiz island: elements are built with `h`, text is always set
 * as text (never parsed as HTML), and a part of the page is rebuilt only when its key
 * changes, with focus put back on the element that had it (found again by id).
 */

type Value = string | number | boolean | null | undefined;
export type Attrs = Record<string, Value | ((event: Event) => void)>;
export type Child = Node | string | number | false | null | undefined | readonly Child[];

function flatten(children: readonly Child[], out: (Node | string)[] = []): (Node | string)[] {
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    if (Array.isArray(c)) flatten(c as readonly Child[], out);
    else out.push(typeof c === 'number' ? String(c) : (c as Node | string));
  }
  return out;
}

/**
 * Creates an element. `onxxx` functions become event listeners; booleans on properties the
 * element has (checked, disabled, hidden, draggable) set the property; `class` sets the
 * class; anything else is an attribute (left out when null, undefined or false).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === null || value === undefined || value === false) {
      if (name in el && typeof (el as unknown as Record<string, unknown>)[name] === 'boolean')
        (el as unknown as Record<string, unknown>)[name] = false;
    } else if (name === 'class') el.className = String(value);
    else if (typeof value === 'boolean' && name in el) (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...flatten(children));
  return el;
}

/** Sets or removes an attribute. */
export function attr(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Runs `change`, then gives focus back to the element with the id that had it, if it is still (or again) on the page. */
export function keepFocus(within: Element, change: () => void): void {
  const active = document.activeElement;
  const id = active && within.contains(active) ? active.id : '';
  change();
  if (id && document.activeElement !== document.getElementById(id)) document.getElementById(id)?.focus();
}

const keys = new WeakMap<Element, string>();

/** Replaces the children of `el` with `build()` unless they were last built for the same key. */
export function swap(el: Element, key: string, build: () => Child): void {
  if (keys.get(el) === key) return;
  keys.set(el, key);
  keepFocus(el, () => el.replaceChildren(...flatten([build()])));
}
