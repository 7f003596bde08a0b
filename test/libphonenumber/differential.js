#!/usr/bin/env node
// id_phone against libphonenumber: generates Indonesian numbers in every writing of
// guideline 4.6 and foreign numbers of 20 countries, reads each with our parser
// (the odi_phone_cli binary given as argv[2]) and with libphonenumber, and compares
// validity, E.164 and kind; then writes a tenth as many valid numbers messily and
// checks that every number id_phone_normalize reads is the one the library reads.
// A disagreement that none of the documented decisions (decisions.js, listed in the
// README) explains fails the test.
//   node differential.js CLI [INDONESIAN_COUNT] [FOREIGN_COUNT] [SEED]
'use strict';
const { spawnSync } = require('child_process');
const lpn = require('google-libphonenumber');
const decisions = require('./decisions');

const cli = process.argv[2];
const nIndonesian = Number(process.argv[3] || 100000);
const nForeign = Number(process.argv[4] || 2000);
let seed = Number(process.argv[5] || 20141);

const util = lpn.PhoneNumberUtil.getInstance();
const shortInfo = lpn.ShortNumberInfo.getInstance();
const PNF = lpn.PhoneNumberFormat;
const typeNames = {};
for (const [name, value] of Object.entries(lpn.PhoneNumberType))
	typeNames[value] = name;
const kindOf = {
	FIXED_LINE: 'fixed', MOBILE: 'mobile', TOLL_FREE: 'toll_free', PREMIUM_RATE: 'premium',
	SHARED_COST: 'shared_cost', UAN: 'uan',
};

// a small deterministic generator (mulberry32), so a failure can be reproduced
function random() {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = list => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const digits = n => Array.from({ length: n }, () => between(0, 9)).join('');

// groups of a digit string, as people write them: 4-4-4, 3-4, or one run
function grouped(s, sep) {
	const style = between(0, 3);
	if (style === 0 || s.length < 6)
		return s;
	const size = style === 1 ? 4 : 3;
	const parts = [];
	for (let i = 0; i < s.length; i += size)
		parts.push(s.slice(i, i + size));
	if (parts.length > 1 && parts[parts.length - 1].length < 2)
		parts[parts.length - 2] += parts.pop();
	return parts.join(sep);
}

// every writing of guideline 4.6 for an Indonesian NSN split into code + rest
function indonesianWriting(code, rest) {
	const sep = pick([' ', '-']);
	switch (between(0, 7)) {
		case 0: return `0${code} ${rest}`;
		case 1: return `(0${code}) ${grouped(rest, sep)}`;
		case 2: return `0${code}${sep}${grouped(rest, sep)}`;
		case 3: return `+62 ${code} ${grouped(rest, ' ')}`;
		case 4: return `+62-${code}-${rest}`;
		case 5: return `0062 ${code} ${rest}`;
		case 6: return `0${code}${rest}`;
		default: return `+62${code}${rest}`;
	}
}

const AREA2 = ['21', '22', '24', '31', '61'];
function indonesianNumber() {
	const r = random();
	if (r < 0.30) {
		const code = pick(AREA2);
		let rest = digits(between(4, 10));
		const special = between(0, 9);
		if (code === '21' && special === 0)
			rest = '14' + digits(between(2, 4));
		else if (code === '21' && special === 1)
			rest = '500' + digits(between(2, 4));
		else if (code === '61' && special === 0)
			rest = '9' + digits(between(7, 9));
		return indonesianWriting(code, rest);
	}
	if (r < 0.55)
		return indonesianWriting(String(between(200, 999)), digits(between(4, 9)));
	if (r < 0.80)
		return indonesianWriting('8' + digits(2), digits(between(5, 10)));
	if (r < 0.90) {
		const code = pick(['800', '177', '804', '809', '8071', '807', '840', '100']);
		return indonesianWriting(code, digits(between(4, 9)));
	}
	if (r < 0.95) {
		// universal access numbers (1500 xxx) and short numbers have no trunk 0
		const kind = between(0, 4);
		if (kind === 0)
			return `1500 ${digits(between(2, 4))}`;
		if (kind === 1)
			return `1500${pick(['', '-'])}${digits(3)}`;
		if (kind === 2)
			return `+62 1500 ${digits(between(2, 4))}`;
		if (kind === 3)
			return pick(['110', '112', '113', '115', '118', '119', '123', '108', '14000', '14017', '150264', '71400', '89887']);
		return '1' + digits(between(2, 5));
	}
	// international toll-free (ITFS) and wrong prefixes
	if (random() < 0.5)
		return `${pick(['001', '007'])}${pick(['803', '804', '803'])} ${digits(between(5, 11))}`;
	return `0${digits(between(5, 14))}`;
}

const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IT', 'NL', 'AU', 'SG', 'MY', 'JP', 'CN', 'IN',
	'SA', 'AE', 'TN', 'EG', 'BR', 'RU', 'KR', 'TH'];
const TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'UAN', 'VOIP'];
function foreignNumber() {
	if (random() < 0.05)
		return `+${pick(['999', '80', '89', '28', '424', '671', '9'])} ${digits(between(4, 10))}`;
	const region = pick(COUNTRIES);
	const type = lpn.PhoneNumberType[pick(TYPES)];
	const example = util.getExampleNumberForType(region, type) || util.getExampleNumber(region);
	const cc = example.getCountryCode();
	let nsn = util.getNationalSignificantNumber(example);
	// keep the first digits (the area or operator), change the rest, sometimes the length
	const keep = Math.min(nsn.length, between(1, 4));
	let length = nsn.length + pick([0, 0, 0, 0, -1, 1]);
	nsn = nsn.slice(0, keep) + digits(Math.max(0, length - keep));
	const cut = between(1, Math.min(4, nsn.length - 1));
	switch (between(0, 3)) {
		case 0: return `+${cc} ${nsn}`;
		case 1: return `+${cc} ${nsn.slice(0, cut)} ${nsn.slice(cut)}`;
		case 2: return `00${cc} ${nsn.slice(0, cut)} ${nsn.slice(cut)}`;
		default: return `+${cc}${nsn}`;
	}
}

// possible national lengths of a calling code, every region's
function possibleLengths(cc) {
	const regions = util.getRegionCodesForCountryCode(cc).filter(r => r !== '001');
	const list = regions.length ? regions.map(r => util.getMetadataForRegion(r))
		: [util.getMetadataForNonGeographicalRegion(cc)];
	const lengths = new Set();
	for (const md of list)
		if (md)
			for (const len of md.getGeneralDesc().possibleLengthArray())
				lengths.add(len);
	return lengths;
}

// G4.6-PHONE-3: "00" and "+" both introduce a country code; libphonenumber's
// Indonesian metadata knows only 008 and 009 as international prefixes
const referenceText = input => input.startsWith('00') ? '+' + input.slice(2) : input;

function reference(input) {
	const text = referenceText(input);
	let number;
	try {
		number = util.parse(text, 'ID');
	} catch (e) {
		return { valid: false, e164: '', kind: '', possible: false, cc: 0 };
	}
	const cc = number.getCountryCode();
	const nsn = util.getNationalSignificantNumber(number);
	const valid = util.isValidNumber(number);
	const region = util.getRegionCodeForCountryCode(cc);
	const metadata = region === '001' ? util.getMetadataForNonGeographicalRegion(cc) : util.getMetadataForRegion(region);
	// the digits written after the country code, when the text has one
	const written = text.startsWith('+') ? text.replace(/\D/g, '').slice(String(cc).length) : null;
	const result = {
		valid, cc, nsn, written,
		nationalPrefix: (metadata && metadata.getNationalPrefix()) || '',
		e164: util.format(number, PNF.E164),
		kind: cc === 62 ? (kindOf[typeNames[util.getNumberType(number)]] || '') : 'foreign',
		possible: util.getRegionCodeForCountryCode(cc) !== 'ZZ' && possibleLengths(cc).has(nsn.length),
	};
	// short numbers: libphonenumber's separate short-number data
	if (!valid && cc === 62 && /^\d{3,6}$/.test(input) &&
		shortInfo.isValidShortNumberForRegion(number, 'ID')) {
		result.valid = true;
		result.kind = 'short';
		result.e164 = input;
	}
	return result;
}

// messy writings of valid Indonesian numbers, for id_phone_normalize: what it reads
// must be what libphonenumber reads; where it returns NULL it only leaves work to a person
const MESSY_CODES = ['21', '22', '24', '31', '61', '274', '361', '411', '251', '812', '857', '896'];
function messyNumber() {
	const code = pick(MESSY_CODES);
	const rest = digits(1) .replace(/0/, '1') + digits(code[0] === '8' ? 7 : 6);
	const other = digits(1).replace(/0/, '1') + digits(code[0] === '8' ? 7 : 6);
	switch (between(0, 12)) {
		case 0: return `0${code}.${rest}`;
		case 1: return `(0${code})${rest}`;
		case 2: return `+62 (0)${code} ${rest}`;
		case 3: return `62${code}${rest}`;
		case 4: return `Telp. 0${code}-${rest}`;
		case 5: return `HP: 0${code}.${rest.slice(0, 4)}.${rest.slice(4)}`;
		case 6: return `${code}${rest}`;
		case 7: return `+62 0${code} ${rest}`;
		case 8: return ` 0${code}  ${rest} `;
		case 9: return `0${code} ${rest}-${String(Number(rest.slice(-2)) + 1).padStart(2, '0')}`;
		case 10: return `0${code} ${rest} / 0${code} ${other}`;
		case 11: return `0062${code}${rest}`;
		default: return `0${code}-${rest} ext. ${digits(2)}`;
	}
}

// numbers from published data and the cases the decisions are about
const FIXED = ['1500 567', '1500 151', '+62 1500 116', '08071 840128', '021 4517084-85',
	'021-2510608-09', '021 5856256 58', '002163855709', '002155959220', '+999 1234',
	'001803 1234567', '007803 1234567', '110', '112', '113', '115', '118', '119', '14000',
	'021 123456789', '021 12345678', '0815 123456789', '(021) 123456789', '0815-1234-56789',
	'0039 21 123456789', '+39 815 123456789', '021 500123', '021 14123', '0619 12345678'];
const inputs = [...FIXED];
for (let i = 0; i < nIndonesian; i++)
	inputs.push(indonesianNumber());
for (let i = 0; i < nForeign; i++)
	inputs.push(foreignNumber());

const messy = [];
for (let i = 0; i < nIndonesian / 10; i++)
	messy.push(messyNumber());

const run = spawnSync(cli, [], { input: inputs.join('\n') + '\n', maxBuffer: 1 << 30 });
if (run.status !== 0)
	throw new Error(`${cli} exited with ${run.status}: ${run.stderr}`);
const lines = run.stdout.toString().split('\n');

const counts = {};
const unexplained = [];
let agree = 0, bothValid = 0, bothInvalid = 0;
for (let i = 0; i < inputs.length; i++) {
	const [validText, e164, kind, normalized, error] = lines[i].split('\t');
	const ours = { valid: validText === '1', e164, kind, normalized, error };
	const ref = reference(inputs[i]);
	const same = ours.valid === ref.valid &&
		(!ours.valid || (ours.e164 === ref.e164 && (ref.cc !== 62 || ours.kind === ref.kind)));
	if (same) {
		agree++;
		if (ours.valid) bothValid++; else bothInvalid++;
		continue;
	}
	const decision = decisions.find(d => !d.normalizer && d.explains(inputs[i], ours, ref));
	if (decision) {
		counts[decision.id] = (counts[decision.id] || 0) + 1;
		continue;
	}
	unexplained.push({ input: inputs[i], ours, ref });
}

// the normaliser on messy writings: a number it reads must be the one libphonenumber
// reads (given the text as it is)
const messyRun = spawnSync(cli, [], { input: messy.join('\n') + '\n', maxBuffer: 1 << 30 });
const messyLines = messyRun.stdout.toString().split('\n');
const messyCounts = { same: 0, oursNull: 0, bothNull: 0 };
const messyUnexplained = [];
for (let i = 0; i < messy.length; i++) {
	const normalized = messyLines[i].split('\t')[3];
	let theirs = '';
	try {
		const number = util.parse(referenceText(messy[i].trim()), 'ID');
		if (util.isValidNumber(number))
			theirs = util.format(number, PNF.E164);
	} catch (e) {
		// not a number to it
	}
	if (normalized === theirs)
		messyCounts[normalized ? 'same' : 'bothNull']++;
	else if (normalized === '')
		messyCounts.oursNull++;
	else {
		const decision = decisions.find(d => d.normalizer && d.explains(messy[i], { normalized }, { e164: theirs }));
		if (decision)
			messyCounts[decision.id] = (messyCounts[decision.id] || 0) + 1;
		else
			messyUnexplained.push({ input: messy[i], ours: normalized, theirs });
	}
}

// CPU per value of the validity check, as information (not a test): ours over 20
// rounds, libphonenumber's parse + isValidNumberForRegion over one
const ourTime = spawnSync(cli, ['--time'], { input: inputs.join('\n') + '\n', maxBuffer: 1 << 30 });
const started = process.cpuUsage();
for (const input of inputs) {
	try {
		util.isValidNumberForRegion(util.parse(referenceText(input), 'ID'), 'ID');
	} catch (e) {
		// not a number to it
	}
}
const used = process.cpuUsage(started);
const theirNs = (used.user + used.system) * 1000 / inputs.length;
const ourNs = Number(ourTime.stdout.toString());

const total = inputs.length;
console.log(`# ${total} numbers (${FIXED.length} fixed, ${nIndonesian} Indonesian, ${nForeign} foreign), seed ${process.argv[5] || 20141}`);
console.log(`# libphonenumber ${require('google-libphonenumber/package.json').version}: same reading ${agree} (both valid ${bothValid}, both invalid ${bothInvalid})`);
for (const d of decisions.filter(d => !d.normalizer))
	console.log(`# decision ${d.id}: ${counts[d.id] || 0}`);
console.log(`# CPU per value: id_phone ${ourNs.toFixed(0)} ns, libphonenumber ${theirNs.toFixed(0)} ns (${(theirNs / ourNs).toFixed(0)}x)`);
for (const u of unexplained.slice(0, 40))
	console.log(`# unexplained: ${JSON.stringify(u.input)} ours ${JSON.stringify({ valid: u.ours.valid, e164: u.ours.e164, kind: u.ours.kind, error: u.ours.error })} libphonenumber ${JSON.stringify({ valid: u.ref.valid, e164: u.ref.e164, kind: u.ref.kind })}`);
console.log(`${unexplained.length === 0 ? 'ok' : 'not ok'} - every disagreement with libphonenumber is a documented decision (${unexplained.length} unexplained of ${total})`);
console.log(`# normaliser on ${messy.length} messy writings: ${JSON.stringify(messyCounts)}`);
for (const u of messyUnexplained.slice(0, 20))
	console.log(`# normaliser unexplained: ${JSON.stringify(u.input)} ours ${u.ours} libphonenumber ${u.theirs || 'invalid'}`);
console.log(`${messyUnexplained.length === 0 ? 'ok' : 'not ok'} - every number id_phone_normalize reads is libphonenumber's reading or a documented decision (${messyUnexplained.length} unexplained of ${messy.length})`);
const bothValidShare = bothValid / total;
console.log(`${bothValidShare > 0.2 ? 'ok' : 'not ok'} - the sample has valid numbers on both sides (${(100 * bothValidShare).toFixed(1)}%)`);
process.exitCode = unexplained.length === 0 && messyUnexplained.length === 0 ? 0 : 1;
