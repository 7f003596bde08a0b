// Where id_phone and libphonenumber read a number differently on purpose.  Each id
// is explained in the README ("id_phone and libphonenumber"); the differential test
// fails on any disagreement none of these explains.
'use strict';
module.exports = [
	{
		id: 'short-115',
		// Basarnas (search and rescue) answers 115; libphonenumber's short-number data lacks it
		explains: (input, ours, ref) => input === '115' && ours.valid && ours.kind === 'short' && !ref.valid,
	},
	{
		id: 'carrier-codes',
		// 714xx and 898xx reach one operator's SMS services, not a telephone number
		explains: (input, ours, ref) => /^(714|898)\d\d$/.test(input) && !ours.valid && ref.valid,
	},
	{
		id: 'itfs',
		// 001803 and 007803 begin international toll-free numbers, which have no E.164 form:
		// refused, where libphonenumber gives them an E.164 of +62 00...
		explains: (input, ours, ref) => /^00[17]803/.test(input.replace(/\D/g, '')) && !ours.valid,
	},
	{
		id: 'paren-area',
		// G4.6-PHONE-2: parentheses enclose the area code; "(0216) 816 255" puts them
		// around digits the plan does not read as one (the area code is 021)
		explains: (input, ours, ref) => !ours.valid && ref.valid &&
			/is not an area code: the numbering plan reads/.test(ours.error),
	},
	{
		id: 'trunk-after-cc',
		// G4.6-PHONE-3: "+62 021 ...", "+66 08...", "+7 8 945...": the prefix dialled inside
		// a country must not follow its country code; refused, where libphonenumber drops it
		explains: (input, ours, ref) => !ours.valid && ref.valid && ref.written !== null &&
			ref.nationalPrefix !== '' && ref.written === ref.nationalPrefix + ref.nsn,
	},
	{
		id: 'cc-split',
		// G4.6-PHONE-3: the country code is one group: "+80 889105145" splits +808
		explains: (input, ours, ref) => !ours.valid && ref.valid &&
			/the country code is split by a separator/.test(ours.error),
	},
	{
		id: 'carrier-prefix',
		// after some country codes libphonenumber drops digits it takes for a carrier
		// selection code (China's 1xxxx); id_phone keeps every digit written
		explains: (input, ours, ref) => ours.valid && !ref.valid && ref.written !== null &&
			ref.written.length > ref.nsn.length && ref.written.endsWith(ref.nsn) &&
			ours.e164 === `+${ref.cc}${ref.written}`,
	},
	{
		id: 'e164-15',
		// E.164 numbers have at most 15 digits with the country code; libphonenumber
		// allows German numbers one digit longer
		explains: (input, ours, ref) => !ours.valid && ref.valid && ref.e164.length > 16 &&
			/E\.164 allows at most 15/.test(ours.error),
	},
	{
		id: 'foreign-length',
		// a foreign number is checked by its country code and the lengths that country's
		// numbers have, not by the country's own number patterns
		explains: (input, ours, ref) => ref.cc !== 62 && ours.valid && !ref.valid && ref.possible &&
			ours.e164 === ref.e164,
	},
	{
		id: 'country-code-62-without-plus',
		normalizer: true,
		// id_phone_normalize reads 10 to 14 digits that start with 62 as +62, as
		// spreadsheets and messaging exports write Indonesian numbers; libphonenumber
		// reads them as a national number whose 0 was left out (0622 2814...)
		explains: (input, ours, ref) => /^62\d{8,12}$/.test(input.trim()) && ours.normalized.startsWith('+62') &&
			ref.e164 === `+62${input.trim()}`,
	},
];
