// Blind probes of the thirty-sixth English round: sentences in the style of parliamentary written answers,
// court judgments and sentencing remarks, NGO press releases, academic papers with figures in prose and in
// brackets, encyclopaedia summaries, podcast transcripts, and local news from North America, Australia,
// Europe, the Balkans, Central Asia, South-East Asia, Africa, Yemen and Colombia; headlines in title case
// with no verb or no full stop, hyphenated and spelled-out counts, bounds, dates and year-like figures near
// counts, and attributions. Written for this test (no report's text). Those the engine does not meet yet
// are in `open`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set<string>([]);

describe('en: parliamentary answers, courts, NGOs, academic papers, podcasts and local news (en36)', () => {
  runProbes(
    'en',
    [
      // 1. Parliamentary written answers.
      [
        'The Government is aware of around 60 British nationals, including children, who remain in camps in north-east Syria.',
        [{ v: [60, 60], pop: 'people', origin: ['GB'], status: 'present', loc: ['SY'] }],
      ],
      [
        'We estimate that approximately 900 individuals of national security concern travelled from the UK to engage with the conflict in Syria and Iraq.',
        [{ v: [900, 900], pop: 'people', origin: ['GB'], status: 'joined', loc: ['IQ', 'SY'] }],
      ],
      ['Of these, around 20% have been killed and almost 40% have returned to the UK.', []],
      [
        'In answer to a question from the Member for Hove, the Minister confirmed that 12 minors had been repatriated since 2019.',
        [{ v: [12, 12], pop: 'children', status: 'returned', source: 'the Minister' }],
      ],
      [
        'The Department has no reliable figures, but it is estimated that upwards of 150 Canadians travelled abroad to join extremist groups.',
        [{ v: [150, null], pop: 'people', origin: ['CA'], status: 'joined', source: null }],
      ],
      [
        'UK Home Office: 425 Returned, 90 Prosecuted',
        [
          { v: [425, 425], pop: 'people', origin: ['GB'], status: 'returned' },
          { v: [90, 90], pop: 'people', origin: ['GB'], status: 'detained' },
        ],
      ],
      // 2. Court judgments and sentencing remarks.
      [
        'The defendant was one of at least 14 men from Luton who travelled to Syria between 2013 and 2015.',
        [{ v: [14, null], pop: 'men', status: 'joined', loc: ['SY'] }],
      ],
      [
        'Sentencing her, the judge said she had taken her three children, the youngest of whom was 2, to live under Islamic State rule.',
        [{ v: [3, 3], pop: 'children', aff: 'isis', source: 'the judge' }],
      ],
      [
        'The court heard that the 24-year-old had tried to recruit five teenagers to fight for ISIS.',
        [{ v: [5, 5], pop: 'children', status: 'joined', aff: 'isis' }],
      ],
      [
        'In 2019, 63 people were convicted of terrorism offences in the Netherlands, more than double the 2018 figure.',
        [{ v: [63, 63], pop: 'people', status: 'detained', loc: ['NL'] }],
      ],
      [
        'Judge Hilliard said the defendant, 31, had encouraged at least three young men to travel to Syria, two of whom were later killed.',
        [
          { v: [3, null], pop: 'men', status: 'joined', source: 'Judge Hilliard' },
          { v: [2, 2], pop: 'men', status: 'killed' },
        ],
      ],
      [
        'Mr Justice Sweeney jailed the 22-year-old for nine years, noting that he had sent £1,500 to fighters in Syria.',
        [],
      ],
      [
        'In sentencing the four men, the court noted that 11 other members of the network had already been convicted in Belgium.',
        [
          { v: [4, 4], pop: 'men', status: 'detained' },
          { v: [11, 11], pop: 'fighters', status: 'detained', loc: ['BE'] },
        ],
      ],
      [
        'The ministry did not say how many of the 340 detainees were foreigners.',
        [{ v: [340, 340], pop: 'people', status: 'detained', source: 'The ministry' }],
      ],
      // 3. NGO press releases.
      [
        'Save the Children estimates that some 7,000 children from around 60 countries are living in al-Hol and Roj camps.',
        [{ v: [7000, 7000], pop: 'children', status: 'present', loc: ['SY'], source: 'Save the Children' }],
      ],
      [
        'Reprieve said 25 British families remain detained in north-east Syria, among them 35 children.',
        [
          { v: [25, 25], pop: 'families', origin: ['GB'], loc: ['SY'], source: 'Reprieve' },
          { v: [35, 35], pop: 'children', origin: ['GB'] },
        ],
      ],
      ['Two-thirds of the children in the camps are under 12, according to Save the Children.', []],
      [
        'More than 60 children have died in al-Hol this year, the charity said, the youngest of whom was just three weeks old.',
        [{ v: [60, null], pop: 'children', status: 'killed', loc: ['SY'], source: 'the charity' }],
      ],
      [
        'Save the Children and UNICEF said 40 children were killed in the strike.',
        [{ v: [40, 40], pop: 'children', status: 'killed', source: 'Save the Children and UNICEF' }],
      ],
      [
        'Human Rights Watch said at least 40 children held in Kurdish-run prisons had been tortured.',
        [{ v: [40, null], pop: 'children', source: 'Human Rights Watch' }],
      ],
      [
        'Amnesty International said the Nigerian military had detained more than 10,000 people, many of them children, in Giwa barracks since 2011.',
        [{ v: [10000, null], pop: 'people', status: 'detained', source: 'Amnesty International' }],
      ],
      // 4. Academic papers: figures in brackets, samples, shares.
      [
        'Of the 312 returnees in our sample, 43 (14%) had been convicted of a terrorist offence.',
        [
          { v: [312, 312], pop: 'people', status: 'returned' },
          { v: [43, 43], pop: 'people', status: 'detained' },
        ],
      ],
      [
        'The dataset covers 1,204 foreign fighters from 17 countries (n = 1,204), of whom 211 were women.',
        [
          { v: [1204, 1204], pop: 'fighters', origin: ['region:foreign'] },
          { v: [211, 211], pop: 'women', origin: ['region:foreign'] },
        ],
      ],
      ['Among the Kosovo returnees (n = 43), the median age at departure was 26.', []],
      [
        'In total, 256 Bosnian citizens travelled to Syria and Iraq between 2012 and 2016; 58 were killed and 55 returned.',
        [
          { v: [256, 256], pop: 'people', origin: ['BA'], status: 'joined' },
          { v: [58, 58], pop: 'people', origin: ['BA'], status: 'killed' },
          { v: [55, 55], pop: 'people', origin: ['BA'], status: 'returned' },
        ],
      ],
      [
        'Table 2 shows that 27 of the 86 returnees (31.4%) had spent more than two years in Syria.',
        [
          { v: [27, 27], pop: 'people', not: 'featured' },
          { v: [86, 86], pop: 'people', status: 'returned' },
        ],
      ],
      [
        'In a survey of 1,053 detainees in Iraq, 347 (33%) said they had joined for economic reasons.',
        [
          { v: [1053, 1053], pop: 'people', status: 'detained', source: null },
          { v: [347, 347], pop: 'people', status: 'joined', source: null },
        ],
      ],
      [
        'Our sample (N = 86) consisted of 51 men and 35 women who had returned to Kazakhstan between 2019 and 2021.',
        [
          { v: [51, 51], pop: 'men', origin: ['KZ'], status: 'returned' },
          { v: [35, 35], pop: 'women', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Roughly 5,600 foreign fighters had returned home by mid-2017, according to a study by the Soufan Center.',
        [{ v: [5600, 5600], pop: 'fighters', origin: ['region:foreign'], status: 'returned' }],
      ],
      // 5. Encyclopaedia summaries and tables in prose.
      [
        'As of 2020, an estimated 1,900 Tajik citizens had joined the Islamic State, of whom around 300 were killed in fighting.',
        [
          { v: [1900, 1900], pop: 'people', origin: ['TJ'], status: 'joined', aff: 'isis' },
          { v: [300, 300], pop: 'fighters', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'The group had between 40 and 50 members at its peak, most of them recruited in Pristina.',
        [{ v: [40, 50], pop: 'fighters' }],
      ],
      [
        'The Islamic Movement of Uzbekistan had up to 2,000 members at its height in the late 1990s.',
        [{ v: [null, 2000], pop: 'fighters', aff: 'imu' }],
      ],
      [
        'The Battle of Marawi lasted five months and killed 978 militants, 168 soldiers and 87 civilians.',
        [
          { v: [978, 978], pop: 'fighters', status: 'killed' },
          { v: [168, 168], pop: 'fighters', status: 'killed' },
          { v: [87, 87], pop: 'people', status: 'killed' },
        ],
      ],
      [
        'Foreign fighters by country of origin: Tajikistan: 1,900; Uzbekistan: 1,500; Kyrgyzstan: 850; Kazakhstan: 600.',
        [
          { v: [1900, 1900], pop: 'fighters', origin: ['TJ'] },
          { v: [1500, 1500], pop: 'fighters', origin: ['UZ'] },
          { v: [850, 850], pop: 'fighters', origin: ['KG'] },
          { v: [600, 600], pop: 'fighters', origin: ['KZ'] },
        ],
      ],
      [
        'Returnees by country (2020): Kosovo 110, Albania 45, North Macedonia 86, Bosnia 56.',
        [
          { v: [110, 110], pop: 'people', origin: ['XK'] },
          { v: [45, 45], pop: 'people', origin: ['AL'] },
          { v: [86, 86], pop: 'people', origin: ['MK'] },
          { v: [56, 56], pop: 'people', origin: ['BA'] },
        ],
      ],
      // 6. Headlines: title case, no verb, no full stop.
      [
        'Indonesia Rules Out Return of 689 IS Supporters',
        [{ v: [689, 689], pop: 'people', origin: ['ID'], aff: 'isis' }],
      ],
      [
        'Thirty-One Women, Children Repatriated to Uzbekistan',
        [{ v: [31, 31], pop: 'people', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'Over 100 Kazakh Children Brought Home From Syria',
        [{ v: [100, null], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Canada: 47 Canadians Held in Syrian Camps, Including 26 Children',
        [
          { v: [47, 47], pop: 'people', origin: ['CA'], status: 'present', loc: ['SY'] },
          { v: [26, 26], pop: 'children', origin: ['CA'] },
        ],
      ],
      [
        'Kosovo Brings Home 110 Citizens From Syria, Most of Them Children',
        [{ v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned' }],
      ],
      [
        'Philippines: 5 Soldiers Dead in Abu Sayyaf Ambush on Basilan',
        [{ v: [5, 5], pop: 'fighters', status: 'killed', aff: 'other', loc: ['PH'] }],
      ],
      [
        'Somalia: Al-Shabaab Kills 19 in Attack on Hotel in Kismayo',
        [{ v: [19, 19], pop: 'people', status: 'killed' }],
      ],
      ['Ninety Soldiers Killed', [{ v: [90, 90], pop: 'fighters', status: 'killed' }]],
      // 7. Podcast transcripts.
      [
        "So you've got, what, maybe two hundred Australians who went over, and of those, I think forty-odd are still alive.",
        [
          { v: [200, 200], pop: 'people', origin: ['AU'], status: 'joined' },
          { v: [40, 40], pop: 'people', origin: ['AU'], status: 'present' },
        ],
      ],
      [
        "Yeah, and we're talking about something like sixty kids in those camps, right, most of them under five.",
        [{ v: [60, 60], pop: 'children', status: 'present' }],
      ],
      [
        'I spoke to a mother in Brisbane whose three grandchildren are still in al-Roj.',
        [{ v: [3, 3], pop: 'children', status: 'present', loc: ['SY'] }],
      ],
      [
        'Yeah so the number I heard was like thirty, thirty-five Irish people in total.',
        [{ v: [30, 35], pop: 'people', origin: ['IE'] }],
      ],
      // 8. Local news: the US, Canada, Australia, the UK, Germany, the Netherlands.
      [
        'A 19-year-old Minneapolis man became the latest of about a dozen Somali-Americans from the Twin Cities charged with trying to join ISIS.',
        [{ v: [12, 12], pop: 'people', origin: ['SO', 'US'], status: 'detained', aff: 'isis' }],
      ],
      [
        'The RCMP says some 190 Canadians with links to terrorism are abroad, and about 60 have come home.',
        [
          { v: [190, 190], pop: 'people', origin: ['CA'], status: 'present', source: 'The RCMP' },
          { v: [60, 60], pop: 'people', origin: ['CA'], status: 'returned' },
        ],
      ],
      [
        'Two Sydney teenagers, aged 16 and 17, were charged with planning an attack inspired by Islamic State.',
        [{ v: [2, 2], pop: 'children', status: 'detained', aff: 'isis', age: [16, 17] }],
      ],
      [
        'Counter-terrorism police in the West Midlands arrested thirty-one people last year, up from 19 in 2019.',
        [
          { v: [31, 31], pop: 'people', status: 'detained' },
          { v: [19, 19], pop: 'people', status: 'detained' },
        ],
      ],
      [
        'German authorities say about 1,150 Islamists have left Germany for Syria and Iraq since 2013. Around 80 of them are believed to have been killed, according to the Federal Office for the Protection of the Constitution.',
        [
          {
            v: [1150, 1150],
            pop: 'fighters',
            origin: ['DE'],
            status: 'joined',
            source: 'German authorities',
          },
          {
            v: [80, 80],
            pop: 'fighters',
            origin: ['DE'],
            status: 'killed',
            source: 'the Federal Office for the Protection of the Constitution',
          },
        ],
      ],
      [
        'Of the roughly 300 people who left the Netherlands, at least 65 have returned, the NCTV said.',
        [
          { v: [300, 300], pop: 'people', origin: ['NL'], status: 'joined' },
          { v: [65, null], pop: 'people', origin: ['NL'], status: 'returned', source: 'the NCTV' },
        ],
      ],
      // 9. The Balkans and Central Asia.
      [
        'North Macedonia brought back seven men, five women and 12 children from Syria on Thursday, the interior ministry said.',
        [
          { v: [7, 7], pop: 'men', origin: ['MK'], status: 'returned' },
          { v: [5, 5], pop: 'women', origin: ['MK'], status: 'returned' },
          {
            v: [12, 12],
            pop: 'children',
            origin: ['MK'],
            status: 'returned',
            source: 'the interior ministry',
          },
        ],
      ],
      [
        'Kazakhstan has returned 607 citizens from Syria under Operation Zhusan, 413 of them children.',
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [413, 413], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        'Albania repatriated five women and 14 children on Friday, the youngest of whom is two.',
        [
          { v: [5, 5], pop: 'women', origin: ['AL'], status: 'returned' },
          { v: [14, 14], pop: 'children', origin: ['AL'], status: 'returned' },
        ],
      ],
      [
        'Turkmen officials have never published figures, but researchers put the number of Turkmen fighters at between 360 and 500.',
        [{ v: [360, 500], pop: 'fighters', origin: ['TM'], source: 'researchers' }],
      ],
      [
        'A couple of hundred Tajik fighters are thought to have joined ISIS-K in Afghanistan.',
        [{ v: [200, 200], pop: 'fighters', origin: ['TJ'], status: 'joined', aff: 'isis', loc: ['AF'] }],
      ],
      [
        'Hundreds of Uzbek militants have fought alongside the Taliban, and some two hundred remain in Badakhshan.',
        [{ v: [200, 200], pop: 'fighters', origin: ['UZ'], status: 'present', loc: ['AF'] }],
      ],
      [
        'Fewer than a dozen Belgian women remain in the camps, the foreign ministry said.',
        [{ v: [null, 12], pop: 'women', origin: ['BE'], status: 'present', source: 'the foreign ministry' }],
      ],
      [
        'In March 2019, 63 Kazakh women and 125 children were flown to Aktau.',
        [
          { v: [63, 63], pop: 'women', origin: ['KZ'], status: 'returned' },
          { v: [125, 125], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      // 10. Indonesia and the Philippines.
      [
        'Some 689 Indonesians, most of them women and children, are believed to remain in camps in Syria.',
        [{ v: [689, 689], pop: 'people', origin: ['ID'], status: 'present', loc: ['SY'] }],
      ],
      [
        'The Philippine army said 12 Abu Sayyaf fighters, including a sub-leader, were killed in clashes on Jolo.',
        [{ v: [12, 12], pop: 'fighters', status: 'killed', aff: 'other', source: 'The Philippine army' }],
      ],
      [
        'Scores of Maute group gunmen were killed during the five-month siege of Marawi, which left more than 1,100 people dead.',
        [{ v: [1100, null], pop: 'people', status: 'killed', loc: ['PH'] }],
      ],
      // 11. Mozambique, Somalia, Nigeria.
      [
        'Insurgents linked to Islamic State beheaded upwards of 50 people in Cabo Delgado province, state media reported.',
        [{ v: [50, null], pop: 'people', status: 'killed', aff: 'isis', loc: ['MZ'], source: 'state media' }],
      ],
      [
        'Al-Shabaab militants killed as many as 20 soldiers in an attack on a base in Lower Shabelle, a military official told Reuters.',
        [{ v: [20, 20], pop: 'fighters', status: 'killed', aff: 'other', source: 'a military official' }],
      ],
      [
        'Boko Haram fighters killed between 40 and 50 farmers in a rice field near Maiduguri.',
        [{ v: [40, 50], pop: 'people', status: 'killed', aff: 'other', loc: ['NG'] }],
      ],
      [
        'Police in Maiduguri said 21 of the freed girls were pregnant and at least half had children with their captors.',
        [{ v: [21, 21], pop: 'children', source: 'Police in Maiduguri' }],
      ],
      // 12. Yemen and Colombia.
      [
        'The Houthis have recruited thousands of children, and the UN verified 1,406 cases of child recruitment in Yemen between 2019 and 2020.',
        [{ v: [1406, 1406], pop: 'children', status: 'joined', loc: ['YE'], source: 'the UN' }],
      ],
      [
        "Colombia's ombudsman said FARC dissidents recruited at least 70 minors in Cauca last year, more than double the 2019 figure.",
        [{ v: [70, null], pop: 'children', status: 'joined', loc: ['CO'], source: "Colombia's ombudsman" }],
      ],
      // 13. Attributions.
      [
        'Security sources said 14 suspected IS militants were detained in a dawn raid in Kirkuk.',
        [{ v: [14, 14], pop: 'fighters', status: 'detained', aff: 'isis', source: 'Security sources' }],
      ],
      [
        'It is estimated that 5,000 to 6,000 Europeans travelled to Syria and Iraq.',
        [{ v: [5000, 6000], pop: 'people', origin: ['region:europe'], status: 'joined', source: null }],
      ],
      [
        'Five fighters were killed, a source in the Syrian Democratic Forces told AFP on condition of anonymity.',
        [
          {
            v: [5, 5],
            pop: 'fighters',
            status: 'killed',
            source: 'a source in the Syrian Democratic Forces',
          },
        ],
      ],
      [
        '"There are still about 30 Finnish children there," the foreign minister told reporters in Helsinki.',
        [{ v: [30, 30], pop: 'children', origin: ['FI'], status: 'present', source: 'the foreign minister' }],
      ],
      [
        'Fighting continued and officials said 40 soldiers were killed.',
        [{ v: [40, 40], pop: 'fighters', status: 'killed', source: 'officials' }],
      ],
      // 14. More of the same styles.
      [
        'The Minister for Home Affairs said there were approximately 40 Australians, mostly women and children, in camps in Syria, and that the Government had no plans to repatriate them.',
        [
          {
            v: [40, 40],
            pop: 'people',
            origin: ['AU'],
            status: 'present',
            loc: ['SY'],
            source: 'The Minister for Home Affairs',
          },
        ],
      ],
      [
        'Answer: As at 31 January, 19 Irish citizens were known to have travelled to the conflict zone; of these, eight are believed to have died.',
        [
          { v: [19, 19], pop: 'people', origin: ['IE'], status: 'joined' },
          { v: [8, 8], pop: 'people', origin: ['IE'], status: 'killed' },
        ],
      ],
      [
        "Justice Wilson noted that two of the accused's brothers had died fighting for Jabhat al-Nusra in 2014.",
        [{ v: [2, 2], pop: 'men', status: 'killed', aff: 'al-nusra', source: 'Justice Wilson' }],
      ],
      [
        'The appeal court upheld the conviction of three Chechen men who had tried to send money to fighters in Syria.',
        [{ v: [3, 3], pop: 'men', origin: ['RU'], status: 'detained' }],
      ],
      [
        'The study found that 17 of the 36 women (47.2%) had travelled with a spouse, while 11 (30.6%) had travelled alone.',
        [
          { v: [17, 17], pop: 'women', status: 'joined' },
          { v: [36, 36], pop: 'women' },
          { v: [11, 11], pop: 'women', status: 'joined' },
        ],
      ],
      [
        'Across the region, returnees numbered 1,410 by the end of 2019, with Kosovo accounting for 242.',
        [
          { v: [1410, 1410], pop: 'people', status: 'returned' },
          { v: [242, 242], pop: 'people', origin: ['XK'], status: 'returned' },
        ],
      ],
      [
        'In its latest report, the Monitoring Team said that between 8,000 and 10,000 fighters remained active in Iraq and Syria.',
        [{ v: [8000, 10000], pop: 'fighters', loc: ['IQ', 'SY'], source: 'the Monitoring Team' }],
      ],
      [
        'Police in Bavaria said a total of 27 suspects, the oldest of whom is 61, were detained in the raids.',
        [{ v: [27, 27], pop: 'people', status: 'detained', source: 'Police in Bavaria' }],
      ],
      [
        'A government spokesman told the BBC that roughly 150 Uzbeks had been brought back from Afghanistan.',
        [
          {
            v: [150, 150],
            pop: 'people',
            origin: ['UZ'],
            status: 'returned',
            source: 'A government spokesman',
          },
        ],
      ],
      [
        'The group, estimated at 300 to 400 strong, operates along the Mozambique-Tanzania border.',
        [{ v: [300, 400], pop: 'fighters' }],
      ],
      [
        'Fifteen Nigerian soldiers and at least 50 ISWAP fighters died in the battle for Marte, the army said.',
        [
          { v: [15, 15], pop: 'fighters', origin: ['NG'], status: 'killed' },
          { v: [50, null], pop: 'fighters', status: 'killed', aff: 'isis', source: 'the army' },
        ],
      ],
      [
        'As many as 1,500 foreign nationals, among them hundreds of Central Asians, fought for HTS in Idlib.',
        [{ v: [1500, 1500], pop: 'fighters', origin: ['region:foreign'], aff: 'al-nusra' }],
      ],
      [
        'More than double the 2018 figure, 92 children were recruited by armed groups in Colombia in 2019.',
        [{ v: [92, 92], pop: 'children', status: 'joined', loc: ['CO'] }],
      ],
      [
        'According to the prosecutor, 26 Russian-speaking women from the camps were sentenced to 20 years each.',
        [{ v: [26, 26], pop: 'women', status: 'detained', source: 'the prosecutor' }],
      ],
      [
        'Roughly one in four of the 600 Kosovars who went to Syria was a woman.',
        [{ v: [600, 600], pop: 'people', origin: ['XK'], status: 'joined' }],
      ],
      // 15. Moves into prisons.
      [
        'The 1,990 fighters who surrendered in Baghuz were taken to prisons in Hasakah.',
        [{ v: [1990, 1990], pop: 'fighters', status: 'detained', loc: ['SY'] }],
      ],
    ],
    OPEN_EN,
  );
});
