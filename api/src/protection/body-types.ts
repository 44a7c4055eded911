// How request parts are validated. fastify's ajv coerces types by default (`coerceTypes: 'array'`), which
// suits query strings and path parameters: they are text by nature, and `?limit=20` means the integer 20.
// For a JSON body it turned `false` into "false", `null` into "", `true` into "true" and a lone value into
// an array, so a value nobody sent went through as valid. Bodies are validated strictly instead: a value of
// the wrong type is a 400 `validation_failed` naming its path. Everything else about validation (ajv
// options, formats) stays as fastify sets it up.

import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';

/** fastify's validator factory, with type coercion off for bodies and on for querystring, params and headers. */
export function strictBodyValidators(): ValidatorFactory {
  const pool = AjvCompiler();
  return (externalSchemas, options) => {
    const coercing = pool(externalSchemas, options);
    const strict = pool(externalSchemas, {
      ...options,
      mode: undefined,
      customOptions: { ...options?.customOptions, coerceTypes: false },
    });
    return (route) => (route.httpPart === 'body' ? strict : coercing)(route);
  };
}
