/**
 * The content corrections of issue 13, asserted over every shipped module (parsed with the app's own
 * parser), so a module cannot quietly slide back to a script that promises what a facilitator cannot
 * keep or an activity that puts a young person at risk.
 *
 * Materials and handouts follow one convention: a printed material is written in a session's
 * `materials` as its handout's exact title followed by " (handout)", e.g. "My Safety Plan (handout)",
 * and that handout's id is in the session's `handouts`. A `materials` item without " (handout)" that
 * mentions cards, a template, a form, a letter, a map, a circle, a worksheet or a handout is a printed
 * material with no handout. Things that are not printed (markers, a timer, chart paper) are written
 * normally.
 */
import { describe, expect, it } from 'vitest';
import { parseModuleText } from '../../../core/domain/curriculum/parse';
import type { Activity, CurriculumModule, Session } from '../../../core/domain/curriculum/schema';
import { readModuleSources } from '../../../electron/services';
import { CURRICULA_DIR } from './helpers';

const modules: CurriculumModule[] = (await readModuleSources(CURRICULA_DIR)).map((source) => {
  const parsed = parseModuleText(source.text);
  if (!parsed.ok) throw new Error(`${source.name} does not validate: ${JSON.stringify(parsed.problems, null, 2)}`);
  return parsed.module;
});
const byId = modules.map((module) => [module.id, module] as const);

const CUSTODY_SETTINGS: ReadonlySet<string> = new Set(['detention', 'long-term-secure-care']);
const isCustody = (module: CurriculumModule) => module.audiences.some((audience) => audience.settings.some((setting) => CUSTODY_SETTINGS.has(setting)));
const custodyModules = byId.filter(([, module]) => isCustody(module));
const includesTwelveOrThirteen = (module: CurriculumModule) => module.audiences.some((audience) => audience.ages.min <= 13);
const youngModules = byId.filter(([, module]) => includesTwelveOrThirteen(module));

/** Every string in a value, depth first: the whole module's text, for rules that hold anywhere. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [prose(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function activities(module: CurriculumModule): { session: Session; activity: Activity; where: string }[] {
  return module.sessions.flatMap((session) =>
    session.activities.map((activity) => ({ session, activity, where: `${module.id} › ${session.id} › ${activity.id}` })),
  );
}

/** Markdown as prose: list items and paragraphs on their own lines, wrapped lines joined, no emphasis marks. */
function prose(markdown: string): string {
  return markdown
    .split(/\n\s*\n|\n(?=\s*(?:\d+\.|[-*])\s)/)
    .map((block) =>
      block
        .replace(/\*\*?|_(?=\w)|(?<=\w)_/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n');
}

/** What the facilitator does and says with an activity (its trauma notes included). */
const activityText = (activity: Activity) =>
  prose(
    [activity.title, activity.instructions, activity.prompt, activity.facilitatorNotes, activity.traumaNotes, activity.contentNotice]
      .filter(Boolean)
      .join('\n\n'),
  );

/** What is put to the room: the instructions and the prompt. */
const spokenText = (activity: Activity) => prose([activity.instructions, activity.prompt].filter(Boolean).join('\n\n'));

const NEGATION = /\b(?:no|not|never|nobody|none|without|don't|doesn't|isn't|aren't|won't|cannot|can't)\b|n't\b/i;

/** Sentences where `pattern` matches and is not negated before it ("No youth plays..." states the rule, it does not break it). */
function affirmed(text: string, pattern: RegExp): string[] {
  return prose(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => {
      const match = pattern.exec(sentence);
      return match !== null && !NEGATION.test(sentence.slice(0, match.index));
    });
}

const ROLE_NAMES = String.raw`(?:pressur\w*|recruit\w*|controll\w*|buyers?|exploit\w*|pimps?|traffickers?|johns?)`;
/** A young person cast as the one who pressures, controls, recruits or buys. */
const YOUTH_CAST = [
  /\b(?:trios?|pairs?|threes)\b[^.]{0,60}\b(?:pressurers?|recruiters?|controllers?|buyers?|exploiters?|pimps?|traffickers?)\b/i,
  new RegExp(
    String.raw`\b(?:one|another|each|a|the other)\s+(?:youth|girl|boy|student|participant|volunteer|partner|person|member|of you|of them)\s+(?:plays?|acts? as|takes? the (?:part|role) of|reads? the (?:part|lines?) of|voices?|is)\s+(?:the |a |an )?(?:\w+ )?${ROLE_NAMES}`,
    'i',
  ),
  new RegExp(String.raw`\b(?:youth|girls?|boys?|students?|participants?|volunteers?)\b[^.]{0,30}\bplay\w*\s+(?:the |a |an )(?:\w+ )?${ROLE_NAMES}`, 'i'),
  /\b(?:swap|switch|rotate|trade|change) roles\b|\btake turns (?:playing|being)\b/i,
];
/** An activity where someone acts a part. */
const ROLE_PLAY = /\brole[- ]?plays?\b|\bact(?:ed|ing|s)? (?:it |them |this |the (?:scene|scenario) )?out\b|\bskits?\b/i;
/** Who voices the pressuring side instead: a facilitator, or cards read in the third person. */
const SAFE_VOICE =
  /\bfacilitators? (?:will |can |could |may )?(?:play|plays|take|takes|read|reads|voice|voices|demonstrate|demonstrates)\b|\bthird[- ]person\b/i;

const PAST_HARM = /\b(?:has|have) been (?:hurt|harmed|abused|exploited)\b/i;
const PRESENT_HARM = /\b(?:is|are) being (?:hurt|harmed|abused|exploited)\b/i;
const EVEN_IF_ASKED = /\beven if (?:you|they|he|she|someone|a young person) asks?\b[^.]{0,30}\bnot to\b/i;
const STAFF_REPORT =
  /\bstaff\b[^.]{0,120}\b(?:mandated reporters?|(?:have|has|need) to report|must (?:also )?report|may (?:also )?(?:have to|need to|be required to) report)/i;

const NOTE_PROMISE =
  /\b(?:do|does|will|would)(?: not|n't) (?:take|write|keep) (?:any )?notes\b|\b(?:never|no one|nobody) (?:takes?|writes?|keeps?) (?:any )?notes\b|\b(?:take|takes|keep|keeps|write|writes) no notes\b/i;
/** "Probation will never learn / see / know...", "never what you said", "we never tell probation". */
const PROBATION_NEVER =
  /\bprobation\b[^.]{0,160}\bnever (?:be told|see|sees|learn|learns|know|knows|hear|hears|find|finds|get|gets|read|reads|what)\b|\bnever (?:tell|tells|share|shares|report|reports|pass|passes)\b[^.]{0,60}\bprobation\b/i;
const REAL_PEOPLE_PROMPT =
  /\bwhat (?:have |did )?(?:you|they|the group)(?: have)? (?:heard|seen)\b|\b(?:heard|seen) or (?:seen|heard)\b|\b(?:someone|anyone|people|a person|a girl|a guy) (?:you|they) know\b|\ba friend of yours\b/i;
const CHILD_AS_ACTOR =
  /\btrad(?:e|es|ed|ing) sex\b|\bsex[- ]trading\b|\btricked into\b|(?<!been )\bsold (?:herself|himself|themselves)\b|\bsell(?:s|ing)? (?:herself|himself|themselves|(?:her|his|their) bod(?:y|ies))\b|\bchild prostitut\w*|\bprostitut(?:e|es|ed)\b/i;

const HANDOUT_SUFFIX = ' (handout)';
const PRINTED_MATERIAL = /\b(?:cards?|templates?|forms?|letters?|maps?|circles?|worksheets?|handouts?)\b/i;
const NAME_FIELD = [
  /\b(?:name|names|initials|code|participant code|youth code|student id|id number)\s*[:：]?\s*(?:_{3,}|\.{4,}|\[\s*\])/i,
  /^\s*(?:[-*]\s*)?(?:\*\*)?(?:your |youth |student |participant |first |full |last )*(?:name|initials|code)(?:\*\*)?\s*:/im,
];

const VIDEO = /\b(?:videos?|film|footage|movie clips?|trailers?)\b|(?<!paper )\bclips?\b/i;
const READ_ALOUD =
  /\bread (?:the |each |a |this |one |two |tay's |sam's )?(?:short |fictional |made-up )?(?:scenarios?|story|stories|statements?|situations?)\b|\bread\b[^.]{0,60}\b(?:scenarios?|story|stories|statements?|situations?)\b[^.]{0,20}\baloud\b|\bsurvivor (?:mentor|speaker)\b[^.]{0,40}\b(?:tells|shares) (?:her|his|their) (?:story|experience)/i;

describe('the content rules themselves', () => {
  it('catch the wording the issue found in the old modules, and let the corrected wording through', () => {
    const cast = (text: string) => YOUTH_CAST.flatMap((pattern) => affirmed(text, pattern));
    expect(cast('3. In trios (speaker, pressurer, observer), practice with role-play cards, for example: she said she is not interested.')).toHaveLength(1);
    expect(new Set(cast('One youth plays the recruiter. Swap roles.'))).toEqual(new Set(['One youth plays the recruiter.', 'Swap roles.']));
    expect(cast('No youth plays the recruiter; a facilitator reads that part.')).toEqual([]);
    expect('A staff member for safety who does not take notes on what you say.').toMatch(NOTE_PROMISE);
    expect('Probation or the court may see which sessions you came to, never what you said.').toMatch(PROBATION_NEVER);
    expect('Never promise secrecy on behalf of staff, probation or the court.').not.toMatch(PROBATION_NEVER);
    expect(affirmed('Ask the group what they have heard or seen in general, in their own words.', REAL_PEOPLE_PROMPT)).toHaveLength(1);
    expect('A girl tricked into trading sex.').toMatch(CHILD_AS_ACTOR);
    expect('Some youth may have been sold themselves.').not.toMatch(CHILD_AS_ACTOR);
    expect(prose('If we learn that a young person **has been hurt or is\n   being hurt**')).toMatch(PRESENT_HARM);
    expect('Name: ____________').toMatch(NAME_FIELD[0]!);
    expect('**Your code:** ').toMatch(NAME_FIELD[1]!);
    expect('Contact: ________ (name of the school contact)').not.toMatch(NAME_FIELD[0]!);
    expect(PRINTED_MATERIAL.test('Printed scenario and line cards')).toBe(true);
    expect(affirmed('A short clip or ad chosen in advance', VIDEO)).toHaveLength(1);
    expect(affirmed('Count the paper clips; never play the video.', VIDEO)).toEqual([]);
  });
});

describe('the content of the shipped modules (issue 13)', () => {
  it('covers all five shipped modules, two of them in custody and two that include 12- and 13-year-olds', () => {
    expect(modules).toHaveLength(5);
    expect(custodyModules.map(([id]) => id).sort()).toEqual(['juvenile-hall-five-week-series', 'manhood-reframed-secure-care']);
    expect(youngModules.length).toBeGreaterThanOrEqual(2);
  });

  it.each(byId)('%s: no young person plays the person who pressures, controls, recruits or buys', (_id, module) => {
    for (const { activity, where } of activities(module)) {
      const text = activityText(activity);
      for (const pattern of YOUTH_CAST) expect(affirmed(text, pattern), `${where} casts a young person in the pressuring role`).toEqual([]);
      if (affirmed(text, ROLE_PLAY).length > 0) {
        expect(text, `${where} is a role-play: say that facilitators play the part or that cards are read in the third person`).toMatch(SAFE_VOICE);
        if (!/\bthird[- ]person\b/i.test(text)) {
          expect(
            affirmed(text, /\bin (?:pairs|trios|threes)\b/i),
            `${where}: a role-play in pairs or trios puts a youth on the other side unless its cards are read in the third person`,
          ).toEqual([]);
        }
      }
    }
  });

  it.each(byId)(
    '%s: session 1 states the limits of confidentiality in past and present tense, and that a report is made even if asked not to',
    (_id, module) => {
      const first = module.sessions[0];
      const said = [first?.contentNotice, ...(first?.activities.map(spokenText) ?? [])].join('\n');
      expect(said, 'past harm ("has been hurt")').toMatch(PAST_HARM);
      expect(said, 'present harm ("is being hurt")').toMatch(PRESENT_HARM);
      expect(said, 'reporting even if asked not to').toMatch(EVEN_IF_ASKED);
    },
  );

  it.each(custodyModules)('%s (custody): session 1 says staff in the room may report too, and the module has a PREA reporting step', (_id, module) => {
    const firstSaid = (module.sessions[0]?.activities ?? []).map(spokenText).join('\n');
    expect(firstSaid).toMatch(STAFF_REPORT);
    const preaSteps = activities(module).filter(({ activity }) => /\bPREA\b/.test(activity.instructions) && /\breport/i.test(activity.instructions));
    expect(preaSteps.map(({ where }) => where).length, 'an activity that tells youth how to report under PREA').toBeGreaterThan(0);
    expect(strings(module.sessions.flatMap((session) => session.preparation)).join('\n'), 'preparation that learns the facility PREA channels').toMatch(
      /\bPREA\b/,
    );
  });

  it.each(custodyModules)('%s (custody): guidance for peer recruitment on the unit and for a youth defending an exploiter', (_id, module) => {
    const text = strings(module).join('\n');
    expect(text).toMatch(/\brecruit\w*\b[^.]{0,120}\bunit\b|\bunit\b[^.]{0,120}\brecruit\w*/i);
    expect(text).toMatch(/\bdefend\w*\b/i);
  });

  it.each(byId)('%s: guidance for a disclosure in front of the group or an observer', (_id, module) => {
    expect(strings(module).join('\n')).toMatch(
      /\bdisclos\w*\b[^.]{0,80}\b(?:in front of|observers?|visitors?|in group|(?:is|are) present)\b|\b(?:in front of|observers?|visitors?)\b[^.]{0,80}\bdisclos\w*/i,
    );
  });

  it.each(byId)('%s: never promises that staff take no notes or that probation will never learn what was said', (_id, module) => {
    for (const text of strings(module)) {
      expect(text).not.toMatch(NOTE_PROMISE);
      expect(text).not.toMatch(PROBATION_NEVER);
    }
  });

  it.each(byId)('%s: no prompt invites stories about real people', (_id, module) => {
    for (const { activity, where } of activities(module)) {
      const asked = [spokenText(activity), activity.facilitatorNotes ?? ''].join('\n');
      expect(affirmed(asked, REAL_PEOPLE_PROMPT), where).toEqual([]);
    }
  });

  it.each(byId)('%s: the exploited young person is never the actor in her own exploitation', (_id, module) => {
    for (const text of strings(module)) expect(text).not.toMatch(CHILD_AS_ACTOR);
  });

  it.each(byId)('%s: every printed material a session names is a handout linked from that session', (_id, module) => {
    for (const session of module.sessions) {
      for (const item of session.materials) {
        const where = `${module.id} › ${session.id} › materials: "${item}"`;
        if (item.endsWith(HANDOUT_SUFFIX)) {
          const title = item.slice(0, -HANDOUT_SUFFIX.length);
          const handout = module.handouts.find((candidate) => candidate.title === title);
          expect(handout?.title, `${where}: no handout has this exact title`).toBe(title);
          expect(session.handouts, `${where}: its handout is not linked from the session`).toContain(handout?.id);
        } else {
          expect(PRINTED_MATERIAL.test(item), `${where} is printed: write it as its handout's title + " (handout)"`).toBe(false);
        }
      }
    }
  });

  it.each(byId)("%s: no handout has a place for a young person's name or code", (_id, module) => {
    for (const handout of module.handouts) {
      for (const pattern of NAME_FIELD) expect(handout.body, `${module.id} › handout ${handout.id}`).not.toMatch(pattern);
    }
  });

  it.each(youngModules)('%s (includes 12- and 13-year-olds): media activities use no video clips', (_id, module) => {
    for (const { session, activity, where } of activities(module)) {
      if (activity.kind === 'media') expect(affirmed(activityText(activity), VIDEO), where).toEqual([]);
      expect(
        affirmed(activity.instructions, /\b(?:play|show|watch)\w*\b/i).filter((sentence) => VIDEO.test(sentence)),
        where,
      ).toEqual([]);
      for (const line of [...session.materials, ...session.preparation]) expect(affirmed(line, VIDEO), `${module.id} › ${session.id}`).toEqual([]);
    }
  });

  it.each(byId)('%s: media activities, and activities that read a scenario, story or statements aloud, carry a content notice', (_id, module) => {
    for (const { activity, where } of activities(module)) {
      if (activity.kind === 'media' || READ_ALOUD.test(activity.instructions)) expect(activity.contentNotice, where).toBeTruthy();
    }
  });

  it.each(byId)("%s: maps are drawn alone, agreements are not photographed, and no one writes on anyone's back", (_id, module) => {
    for (const { activity, where } of activities(module)) {
      const text = activityText(activity);
      if (/\b(?:safety|support) maps?\b/i.test(`${activity.title}\n${activity.instructions}`)) {
        expect(affirmed(text, /\bin pairs\b|\bwith a (?:partner|friend)\b|\bpartners?\b|\bin twos\b/i), `${where}: a map is drawn alone`).toEqual([]);
      }
      if (/\bagreements?\b/i.test(`${activity.title}\n${activity.instructions}`)) {
        expect(affirmed(text, /\bphotograph\w*|\bphotos?\b/i), `${where}: agreements are not photographed`).toEqual([]);
      }
      expect(affirmed(text, /\bon (?:her|his|their|each other's|one another's|someone's|a partner's) backs?\b/i), `${where}: no writing on backs`).toEqual([]);
    }
  });
});
