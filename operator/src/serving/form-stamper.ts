// Fills a served page's empty `_issued` form field with the signed time it is served at (crds/src/form-stamp.ts),
// so the form endpoint can refuse a message sent faster than a person could have written it.

import { FORM_ISSUED_PLACEHOLDER, signFormStamp } from '@pagemagic/crds/form-stamp';
import type { RenderedFile } from '../site/render/index.ts';

const PLACEHOLDER = Buffer.from(FORM_ISSUED_PLACEHOLDER);
const VALUE_AT = PLACEHOLDER.indexOf('value=""') + 'value="'.length;

export class FormStamper {
  // Files are immutable and shared by every request, so where (and whether) a page holds the field is found
  // once per file; most pages hold none and cost one lookup.
  private readonly placeholders = new WeakMap<Uint8Array, number[]>();

  private readonly key: string;
  private readonly now: () => number;

  constructor(key: string, now: () => number = Date.now) {
    this.key = key;
    this.now = now;
  }

  /** The page with every form's field filled for `site` (`namespace/name`), or undefined when it has none. */
  stamp(file: RenderedFile, site: string): Buffer | undefined {
    if (!file.contentType.startsWith('text/html')) return undefined;
    const at = this.placeholdersOf(file.body);
    if (at.length === 0) return undefined;
    const value = Buffer.from(signFormStamp(this.key, site, this.now()));
    const body = Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength);
    const parts: Buffer[] = [];
    let from = 0;
    for (const start of at) {
      const insertAt = start + VALUE_AT;
      parts.push(body.subarray(from, insertAt), value);
      from = insertAt;
    }
    parts.push(body.subarray(from));
    return Buffer.concat(parts);
  }

  private placeholdersOf(body: Uint8Array): number[] {
    let at = this.placeholders.get(body);
    if (!at) {
      at = [];
      const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      for (
        let i = bytes.indexOf(PLACEHOLDER);
        i !== -1;
        i = bytes.indexOf(PLACEHOLDER, i + PLACEHOLDER.length)
      )
        at.push(i);
      this.placeholders.set(body, at);
    }
    return at;
  }
}
