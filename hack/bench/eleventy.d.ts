// Eleventy ships no types; this is the slice of its programmatic API the render benchmark uses.
declare module '@11ty/eleventy' {
  // biome-ignore lint/style/noDefaultExport: Eleventy's own module shape.
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean });
    write(): Promise<unknown>;
  }
}
