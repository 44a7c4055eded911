// What the site document's validation needs from a schema check; `#schema-checker` picks how it is done
// (schema-checker-node.ts, or schema-checker-browser.ts under the "browser" condition).

import type { Errors } from '@sinclair/typebox/errors';

export interface SchemaChecker {
  Check(value: unknown): boolean;
  Errors(value: unknown): ReturnType<typeof Errors>;
}
