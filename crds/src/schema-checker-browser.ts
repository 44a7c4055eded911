// The site document's schema check in browsers (the "browser" condition): interpreted, never compiled. A
// page under a Content-Security-Policy without 'unsafe-eval' refuses `new Function`, and the browser
// reports the attempt as a violation even when it is caught and answered by falling back.

import type { TSchema } from '@sinclair/typebox';
import { Errors } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import type { SchemaChecker } from './schema-checker.ts';

export function schemaChecker(schema: TSchema): SchemaChecker {
  return { Check: (value) => Value.Check(schema, value), Errors: (value) => Errors(schema, value) };
}
