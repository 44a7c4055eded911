// A strict reader of RFC 4180 CSV, for checking what the CLI writes: records end in CRLF, a quoted field
// may hold commas, line breaks and doubled quotes, and anything else (a bare quote, text after a closing
// quote, a bare LF between records, an unterminated quote, rows of different lengths) is an error.

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 CSV at character ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('a quoted field is never closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('a quote in a field that is not quoted');
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    if (i < text.length) fail(`${JSON.stringify(text[i])} where a comma or CRLF should be`);
    // The last record may end without a CRLF.
    records.push(record);
    record = [];
  }
  const width = records[0]?.length ?? 0;
  records.forEach((row, n) => {
    if (row.length !== width) throw new Error(`record ${n} has ${row.length} fields, the header ${width}`);
  });
  return records;
}
