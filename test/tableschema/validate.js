#!/usr/bin/env node
// Validates what test/tableschema/puskesmas.sql exported (in the directory given as the
// argument) with the Frictionless Table Schema library, tableschema-js.  Prints one
// "ok - ..." or "not ok - ..." line per check, "# ..." lines for information.
'use strict';

const fs = require('fs');
const path = require('path');
const { Table, validate } = require('tableschema');
const version = require('tableschema/package.json').version;

const dir = process.argv[2];
const schema = JSON.parse(fs.readFileSync(path.join(dir, 'schema.json'), 'utf8'));
let failed = 0;

function report(ok, text, details = []) {
  console.log(`${ok ? 'ok' : 'not ok'} - ${text}`);
  for (const d of details) console.log(`#   ${d}`);
  if (!ok) failed++;
}

// Every error of a CSV file: cast errors (type, format, constraints) of each row,
// unique and header errors.  forceCast: the library reports bad rows, goes on reading.
async function errorsOf(file, descriptor) {
  // the CSV files are psql's: comma-separated (the library's sniffer would take the
  // spaces of "+1 415 5552671" for delimiters)
  const table = await Table.load(file, { schema: descriptor, delimiter: ',' });
  const rows = await table.read({ forceCast: true });
  const errors = [];
  for (const row of rows) {
    if (!(row instanceof Error)) continue;
    const list = row.errors && row.errors.length ? row.errors : [row];
    for (const e of list) {
      errors.push({ row: row.rowNumber, column: e.columnNumber, message: e.message });
    }
  }
  return { rows: rows.length, errors, headers: table.headers };
}

// quoted as COPY quotes: only a value with a comma, a quote or a line break
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeCsv(file, headers, rows) {
  const lines = [headers, ...rows].map((r) => r.map(csvField).join(','));
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
}

async function main() {
  console.log(`# validator: tableschema@${version} (frictionlessdata/tableschema-js), node ${process.version}`);

  // the descriptor itself, against the library's Table Schema profile
  const v = await validate(schema);
  report(v.valid, `schema.json is a valid Table Schema (${schema.fields.length} fields)`,
    (v.errors || []).map((e) => e.message));

  // the table as published
  const published = path.join(dir, 'puskesmas.csv');
  const ok = await errorsOf(published, schema);
  report(ok.errors.length === 0 && ok.rows > 0,
    `puskesmas.csv (${ok.rows} rows, every guideline type) validates with 0 errors`,
    ok.errors.map((e) => `row ${e.row} column ${e.column}: ${e.message}`));

  // one nonconforming value in one column of the first row
  const asWritten = { ltrim: false, delimiter: ',' };  // keep leading spaces; psql's commas
  const raw = await (await Table.load(published, asWritten)).read();
  const headers = ok.headers;
  const cases = await (await Table.load(path.join(dir, 'cases.csv'), asWritten)).read({ keyed: true });
  fs.mkdirSync(path.join(dir, 'cases'), { recursive: true });
  for (const [i, c] of cases.entries()) {
    const col = headers.indexOf(c.column);
    const label = `${c.column} = ${JSON.stringify(c.value)}`;
    if (col < 0 || c.rejected !== 't') {
      report(false, `${label}: ${col < 0 ? 'no such column' : 'the database accepts it: not a nonconforming value'}`);
      continue;
    }
    const rows = raw.map((r) => r.map((x) => (x === null ? '' : String(x))));
    rows[0][col] = c.value;
    const file = path.join(dir, 'cases', `${i + 1}.csv`);
    writeCsv(file, headers, rows);
    const result = await errorsOf(file, schema);
    const here = result.errors.filter((e) => e.column === col + 1 || e.message.includes(`"${c.column}"`));
    const others = result.errors.filter((e) => !here.includes(e));
    if (c.gap === 't') {
      console.log(here.length > 0 ? `# no longer a gap: ${label} is rejected: ${here[0].message}`
        : `# known gap: the validator accepts ${label}, which the database rejects`);
      continue;
    }
    report(here.length > 0 && others.length === 0,
      `${label} is rejected by the validator as by the database`,
      here.length > 0 && others.length === 0 ? [here[0].message]
        : [here.length === 0 ? 'no error in that column' : '', ...others.map((e) => `also: ${e.message}`)].filter(Boolean));
  }

  // many values of one column: all as the type prints them pass, all it rejects fail
  const bulk = path.join(dir, 'bulk');
  for (const name of fs.readdirSync(bulk).sort()) {
    const m = /^(.*)\.(good|bad)\.csv$/.exec(name);
    if (!m) continue;
    const field = schema.fields.find((f) => f.name === m[1]);
    const one = { fields: [field], missingValues: schema.missingValues };
    const result = await errorsOf(path.join(bulk, name), one);
    const badRows = new Set(result.errors.map((e) => e.row));
    if (m[2] === 'good') {
      report(result.errors.length === 0,
        `${m[1]}: all ${result.rows} values as the type prints them validate`,
        result.errors.slice(0, 5).map((e) => `row ${e.row}: ${e.message}`));
    } else {
      const accepted = [];
      const values = await (await Table.load(path.join(bulk, name), asWritten)).read();
      values.forEach((r, k) => { if (!badRows.has(k + 2)) accepted.push(r[0]); });
      report(accepted.length === 0,
        `${m[1]}: all ${result.rows} values the type rejects are rejected`,
        accepted.slice(0, 5).map((x) => `accepted: ${JSON.stringify(x)}`));
    }
  }
}

main().then(() => process.exit(failed ? 1 : 0), (err) => {
  console.log(`not ok - the validator failed: ${err && err.stack ? err.stack : err}`);
  process.exit(2);
});
