#!/usr/bin/env node
// Writes src/phone_plan_data.c from the pinned google-libphonenumber package:
// the calling codes with their possible national lengths, and the three-digit
// Indonesian area codes (probed against the region's fixed-line pattern).
//   node test/libphonenumber/extract.js > src/phone_plan_data.c
'use strict';
const lpn = require('google-libphonenumber');
const pkg = require('google-libphonenumber/package.json');
const util = lpn.PhoneNumberUtil.getInstance();

function metadataFor(cc) {
	const regions = util.getRegionCodesForCountryCode(cc).filter(r => r !== '001');
	if (regions.length === 0)
		return { regions: ['001'], list: [util.getMetadataForNonGeographicalRegion(cc)] };
	return { regions, list: regions.map(r => util.getMetadataForRegion(r)) };
}

const codes = [...new Set(util.getSupportedCallingCodes().map(Number))].sort((a, b) => a - b);
const rows = [];
for (const cc of codes) {
	const { regions, list } = metadataFor(cc);
	const lengths = new Set();
	for (const md of list)
		for (const len of md.getGeneralDesc().possibleLengthArray())
			if (len > 0)
				lengths.add(len);
	if (lengths.size === 0)
		throw new Error(`calling code ${cc} has no possible lengths`);
	let mask = 0;
	for (const len of lengths) {
		if (len >= 32)
			throw new Error(`calling code ${cc}: length ${len}`);
		mask |= 1 << len;
	}
	// which digits may follow a 0 that starts the national number
	let zero = 0;
	for (const md of list)
		for (const start of twoDigitStarts(md.getGeneralDesc().getNationalNumberPattern()))
			if (start[0] === '0')
				zero |= 1 << Number(start[1]);
	rows.push({ cc, regions, mask: mask >>> 0, zero, lengths: [...lengths].sort((a, b) => a - b) });
}
// E.164 codes are prefix-free: the parser reads the first one that is assigned
const assigned = new Set(codes.map(String));
for (const c of assigned)
	for (let k = 1; k < c.length; k++)
		if (assigned.has(c.slice(0, k)))
			throw new Error(`calling code ${c} starts with ${c.slice(0, k)}`);

// The two-digit starts a number pattern allows (libphonenumber's patterns use digits,
// \\d, classes, (?:...) groups, alternation and quantifiers only).
function parsePattern(source) {
	let at = 0;
	function alternation() {
		const alts = [sequence()];
		while (source[at] === '|') {
			at++;
			alts.push(sequence());
		}
		return alts;
	}
	function sequence() {
		const atoms = [];
		while (at < source.length && source[at] !== '|' && source[at] !== ')')
			atoms.push(quantified(atom()));
		return atoms;
	}
	function atom() {
		const c = source[at];
		if (c === '(') {
			if (source.slice(at, at + 3) !== '(?:')
				throw new Error(`unexpected group in ${source}`);
			at += 3;
			const alts = alternation();
			if (source[at++] !== ')')
				throw new Error(`unclosed group in ${source}`);
			return { alts };
		}
		if (c === '\\' && source[at + 1] === 'd') {
			at += 2;
			return { chars: '0123456789' };
		}
		if (c === '[') {
			let chars = '';
			at++;
			while (source[at] !== ']') {
				if (source[at + 1] === '-') {
					for (let d = +source[at]; d <= +source[at + 2]; d++)
						chars += d;
					at += 3;
				} else
					chars += source[at++];
			}
			at++;
			return { chars };
		}
		if (/[0-9]/.test(c)) {
			at++;
			return { chars: c };
		}
		throw new Error(`unexpected ${c} in ${source}`);
	}
	function quantified(a) {
		a.min = 1;
		a.max = 1;
		const c = source[at];
		if (c === '?') { a.min = 0; at++; }
		else if (c === '*') { a.min = 0; a.max = Infinity; at++; }
		else if (c === '+') { a.max = Infinity; at++; }
		else if (c === '{') {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
			a.min = +m[1];
			a.max = m[2] === undefined ? a.min : (m[3] === '' ? Infinity : +m[3]);
			at += m[0].length;
		}
		return a;
	}
	const alts = alternation();
	if (at !== source.length)
		throw new Error(`unparsed ${source.slice(at)} in ${source}`);
	return alts;
}

function twoDigitStarts(source) {
	const out = new Set();
	function seq(atoms, i, cur, next) {
		if (cur.length >= 2)
			return out.add(cur.slice(0, 2));
		if (i === atoms.length)
			return next(cur);
		reps(atoms[i], 0, cur, c => seq(atoms, i + 1, c, next));
	}
	function reps(a, done, cur, next) {
		if (cur.length >= 2)
			return out.add(cur.slice(0, 2));
		if (done >= a.min)
			next(cur);
		if (done < a.max)
			one(a, cur, c => reps(a, done + 1, c, next));
	}
	function one(a, cur, next) {
		if (a.chars)
			for (const ch of a.chars)
				next(cur + ch);
		else
			for (const alt of a.alts)
				seq(alt, 0, cur, next);
	}
	for (const alt of parsePattern(source))
		seq(alt, 0, '', cur => out.add(cur));
	return out;
}

const fixed = new RegExp('^(?:' + util.getMetadataForRegion('ID').getFixedLine().getNationalNumberPattern() + ')$');
const area3 = [];
for (let code = 200; code <= 999; code++) {
	const s = String(code);
	if (['21', '22', '24', '31', '61'].includes(s.slice(0, 2)))
		continue;
	const subscriber = '23456789012';
	const ok = [];
	for (let len = 1; len <= 10; len++)
		if (fixed.test(s + subscriber.slice(0, len)))
			ok.push(len);
	if (ok.length === 0)
		continue;
	if (ok.join() !== '5,6,7,8')
		throw new Error(`area code 0${s}: subscriber lengths ${ok.join()}, the parser assumes 5 to 8`);
	area3.push(code);
}
const ranges = [];
for (const code of area3) {
	const last = ranges[ranges.length - 1];
	if (last && last[1] === code - 1)
		last[1] = code;
	else
		ranges.push([code, code]);
}

const out = [];
out.push('/*');
out.push(` * phone_plan_data.c: generated by test/libphonenumber/extract.js from`);
out.push(` * ${pkg.name} ${pkg.version} (libphonenumber metadata, Apache-2.0; see`);
out.push(' * data/libphonenumber/).  Do not edit: run the script.');
out.push(' */');
out.push('#include "phone_plan_data.h"');
out.push('');
out.push('/* national significant number lengths of each calling code, as bit masks */');
out.push('const uint32_t odi_phone_cc_lengths[1000] = {');
for (const r of rows)
	out.push(`\t[${r.cc}] = 0x${r.mask.toString(16)},\t/* ${r.regions.join(' ')}: ${r.lengths.join(' ')} */`);
out.push('};');
out.push('');
out.push('/* bit d set: a national number may start with 0d (Italy\'s 06...) */');
out.push('const uint16_t odi_phone_cc_zero[1000] = {');
for (const r of rows)
	if (r.zero)
		out.push(`\t[${r.cc}] = 0x${r.zero.toString(16)},\t/* ${r.regions.join(' ')} */`);
out.push('};');
out.push('');
out.push(`/* three-digit area codes after the trunk 0 (${area3.length}), 5 to 8 digits follow */`);
out.push('const odi_phone_code_range odi_phone_area3[] = {');
for (let i = 0; i < ranges.length; i += 6)
	out.push('\t' + ranges.slice(i, i + 6).map(r => `{${r[0]}, ${r[1]}}`).join(', ') + ',');
out.push('};');
out.push('');
out.push('const int	odi_phone_area3_count = sizeof(odi_phone_area3) / sizeof(odi_phone_area3[0]);');
process.stdout.write(out.join('\n') + '\n');
