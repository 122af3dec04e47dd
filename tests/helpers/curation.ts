// What the curators read in the two reports that a program cannot tell: how each is laid out,
// which city its 我市 means, and the entities the data leaves unlinked on purpose, each with the
// reason. The provenance checks (provenance.ts) take these as given; README.md, "Where the data
// comes from", says the same in prose.
import type { SourceLayout } from './provenance.ts';

/** By file name. Paragraphs are the non-empty blocks of the file, counted from 1. */
export const LAYOUTS: Readonly<Record<string, SourceLayout>> = {
  // The talent special page: every 我市/该市 in it is 慈溪 (a page on Cixi's talent work; 该市 in
  // ¶14 follows 慈溪 in the same sentence).
  '000_6ed291f17ed2e31c.txt': {
    city: 'region:cixi',
    notSubstantive: {
      1: 'section label',
      2: 'title',
      3: 'subtitle',
      8: 'photo caption',
      9: 'byline',
      10: 'section heading',
      17: 'photo caption',
      20: 'section heading',
      31: 'section heading',
      41: 'photo caption',
      42: 'photo credit',
      43: 'page decoration',
    },
    // ¶16 ends mid-sentence (参加赛区决赛的食医道智能科技) and goes on in ¶18 (负责人李龙…) past
    // the caption ¶17; ¶24 breaks 携|手; ¶35 is the first half of the sentence ¶36 ends.
    continued: [
      [16, 18],
      [24, 25],
      [35, 36],
    ],
  },
  // Cixi Daily: 我市 is 慈溪 throughout.
  '003_e3704936dc76cc3d.txt': {
    city: 'region:cixi',
    notSubstantive: {
      1: 'site navigation',
      2: 'headline, subtitle and date line',
      4: 'section heading',
      10: 'section heading',
      15: 'section heading',
      23: 'byline',
      24: 'editor line and site links',
    },
    // ¶20 ends on a comma (…创新财政资金投入机制,) and its sentence goes on in ¶21.
    continued: [[20, 21]],
  },
};

/** Entities with no relationship, and why: the sources name them but state no link of theirs. */
export const UNLINKED: Readonly<Record<string, string>> = {
  'platform:wust-cixi-base':
    'talent-city ¶24 says only that it was set up in April 2024, before the WUST expert campaign began; who set it up, where it is and whom it joins are carried only by its name',
  'platform:talent-brain':
    'tech-engine ¶9 says a 人才大脑 is being built, in a sentence with no subject, and links it to nothing',
  'program:14th-fyp':
    'a plan period: the sources use it to date facts (“十四五”期间), which the records keep as since and period, not as links',
  'program:15th-fyp': 'a plan period: the sources use it only to date the plans of talent-city ¶40',
  'region:wuhan': 'named only within the name 武汉科技大学, which states nothing about the city',
  'region:hubei': 'named only within the name of the award 湖北省科技进步一等奖',
  'region:greater-bay-area': 'named only within the name of the tour 大湾区AI人才项目慈溪行',
  'region:yangtze-delta': 'named only within the name 长三角科创共同体',
  'region:sanbei':
    'named only in the closing slogan of tech-engine ¶22 (科技赋能三北), which links it to no entity',
};
