// The site document's schema check outside browsers: compiled to code once (TypeBox's TypeCompiler, which
// builds it with `new Function`), the fast path for the AI repair loop and the API. Where code generation
// is forbidden (node --disallow-code-generation-from-strings) the interpreting check does the same job.

import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Errors } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import type { SchemaChecker } from './schema-checker.ts';

export function schemaChecker(schema: TSchema): SchemaChecker {
  try {
    return TypeCompiler.Compile(schema);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    return { Check: (value) => Value.Check(schema, value), Errors: (value) => Errors(schema, value) };
  }
}
