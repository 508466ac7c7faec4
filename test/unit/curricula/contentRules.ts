/**
 * The content rules of issue 13 as patterns, one rule set per language: every rule has its English
 * patterns and its Spanish patterns, and content.test.ts asserts each rule over every shipped module
 * with the rule set of the module's language. A module in a language with no rule set fails
 * (`rulesFor`), so a new language cannot ship unchecked.
 */
import { primaryLanguage } from '../../../core/domain/curriculum/moduleRef';
import type { Activity, CurriculumModule, Session } from '../../../core/domain/curriculum/schema';

export interface ContentRules {
  /** A word before a match that makes the sentence state the rule instead of breaking it ("No youth plays..."). */
  negation: RegExp;
  /** A young person cast as the one who pressures, controls, recruits or buys. */
  youthCast: RegExp[];
  /** An activity where someone acts a part. */
  rolePlay: RegExp;
  /** Who voices the pressuring side instead: a facilitator, or cards read in the third person. */
  safeVoice: RegExp;
  thirdPerson: RegExp;
  inPairsOrTrios: RegExp;
  pastHarm: RegExp;
  presentHarm: RegExp;
  evenIfAsked: RegExp;
  staffReport: RegExp;
  /** The reporting word of a PREA step ("PREA" itself is the same in every language). */
  report: RegExp;
  recruitmentOnUnit: RegExp;
  defendingExploiter: RegExp;
  disclosureWithObserver: RegExp;
  notePromise: RegExp;
  /** "Probation will never learn / see / know...", "never what you said", "we never tell probation". */
  probationNever: RegExp;
  realPeoplePrompt: RegExp;
  childAsActor: RegExp;
  /** How a session's `materials` names a printed handout: its exact title + this suffix. */
  handoutSuffix: string;
  printedMaterial: RegExp;
  nameField: RegExp[];
  video: RegExp;
  playShowOrWatch: RegExp;
  readAloud: RegExp;
  mapActivity: RegExp;
  withPartner: RegExp;
  agreements: RegExp;
  photographed: RegExp;
  onBacks: RegExp;
  /**
   * A survey item or option that asks about the reader's own experiences of abuse, exploitation or
   * sex, or anything they would have to disclose ("Have you ever...", "your own..."). Items ask what
   * a young person knows, thinks or would do, about situations in a story.
   */
  ownExperience: RegExp;
  /**
   * A survey intro that promises more privacy than the facilitator can keep: "we only look at
   * everyone's answers together", "anonymous", "no one will see your answers". The facilitator who
   * enters a form sees it, and the form carries a code that pairs the start with the end.
   */
  surveyPrivacyPromise: RegExp;
  /** The intro says what the form carries instead of a name: a program code or a form number. */
  surveyCodeSaid: RegExp;
}

/** Three or more blank-line underscores, also as Markdown writes them escaped (`\_\_\_`). */
const BLANK = String.raw`(?:(?:\\?_){3,}|\.{4,}|\[\s*\])`;

const EN_ROLE_NAMES = String.raw`(?:pressur\w*|recruit\w*|controll\w*|buyers?|exploit\w*|pimps?|traffickers?|johns?)`;

const ENGLISH: ContentRules = {
  negation: /\b(?:no|not|never|nobody|none|without|don't|doesn't|isn't|aren't|won't|cannot|can't)\b|n't\b/i,
  youthCast: [
    /\b(?:trios?|pairs?|threes)\b[^.]{0,60}\b(?:pressurers?|recruiters?|controllers?|buyers?|exploiters?|pimps?|traffickers?)\b/i,
    new RegExp(
      String.raw`\b(?:one|another|each|a|the other)\s+(?:youth|girl|boy|student|participant|volunteer|partner|person|member|of you|of them)\s+(?:plays?|acts? as|takes? the (?:part|role) of|reads? the (?:part|lines?) of|voices?|is)\s+(?:the |a |an )?(?:\w+ )?${EN_ROLE_NAMES}`,
      'i',
    ),
    new RegExp(String.raw`\b(?:youth|girls?|boys?|students?|participants?|volunteers?)\b[^.]{0,30}\bplay\w*\s+(?:the |a |an )(?:\w+ )?${EN_ROLE_NAMES}`, 'i'),
    /\b(?:swap|switch|rotate|trade|change) roles\b|\btake turns (?:playing|being)\b/i,
  ],
  rolePlay: /\brole[- ]?plays?\b|\bact(?:ed|ing|s)? (?:it |them |this |the (?:scene|scenario) )?out\b|\bskits?\b/i,
  safeVoice: /\bfacilitators? (?:will |can |could |may )?(?:play|plays|take|takes|read|reads|voice|voices|demonstrate|demonstrates)\b|\bthird[- ]person\b/i,
  thirdPerson: /\bthird[- ]person\b/i,
  inPairsOrTrios: /\bin (?:pairs|trios|threes)\b/i,
  pastHarm: /\b(?:has|have) been (?:hurt|harmed|abused|exploited)\b/i,
  presentHarm: /\b(?:is|are) being (?:hurt|harmed|abused|exploited)\b/i,
  evenIfAsked: /\beven if (?:you|they|he|she|someone|a young person) asks?\b[^.]{0,30}\bnot to\b/i,
  staffReport:
    /\bstaff\b[^.]{0,120}\b(?:mandated reporters?|(?:have|has|need) to report|must (?:also )?report|may (?:also )?(?:have to|need to|be required to) report)/i,
  report: /\breport/i,
  recruitmentOnUnit: /\brecruit\w*\b[^.]{0,120}\bunit\b|\bunit\b[^.]{0,120}\brecruit\w*/i,
  defendingExploiter: /\bdefend\w*\b/i,
  disclosureWithObserver:
    /\bdisclos\w*\b[^.]{0,80}\b(?:in front of|observers?|visitors?|in group|(?:is|are) present)\b|\b(?:in front of|observers?|visitors?)\b[^.]{0,80}\bdisclos\w*/i,
  notePromise:
    /\b(?:do|does|will|would)(?: not|n't) (?:take|write|keep) (?:any )?notes\b|\b(?:never|no one|nobody) (?:takes?|writes?|keeps?) (?:any )?notes\b|\b(?:take|takes|keep|keeps|write|writes) no notes\b/i,
  probationNever:
    /\bprobation\b[^.]{0,160}\bnever (?:be told|see|sees|learn|learns|know|knows|hear|hears|find|finds|get|gets|read|reads|what)\b|\bnever (?:tell|tells|share|shares|report|reports|pass|passes)\b[^.]{0,60}\bprobation\b/i,
  realPeoplePrompt:
    /\bwhat (?:have |did )?(?:you|they|the group)(?: have)? (?:heard|seen)\b|\b(?:heard|seen) or (?:seen|heard)\b|\b(?:someone|anyone|people|a person|a girl|a guy) (?:you|they) know\b|\ba friend of yours\b/i,
  childAsActor:
    /\btrad(?:e|es|ed|ing) sex\b|\bsex[- ]trading\b|\btricked into\b|(?<!been )\bsold (?:herself|himself|themselves)\b|\bsell(?:s|ing)? (?:herself|himself|themselves|(?:her|his|their) bod(?:y|ies))\b|\bchild prostitut\w*|\bprostitut(?:e|es|ed)\b/i,
  handoutSuffix: ' (handout)',
  printedMaterial: /\b(?:cards?|templates?|forms?|letters?|maps?|circles?|worksheets?|handouts?)\b/i,
  nameField: [
    new RegExp(String.raw`\b(?:name|names|initials|code|participant code|youth code|student id|id number)\s*[:：]?\s*${BLANK}`, 'i'),
    /^\s*(?:[-*]\s*)?(?:\*\*)?(?:your |youth |student |participant |first |full |last )*(?:name|initials|code)(?:\*\*)?\s*:/im,
  ],
  video: /\b(?:videos?|film|footage|movie clips?|trailers?)\b|(?<!paper )\bclips?\b/i,
  playShowOrWatch: /\b(?:play|show|watch)\w*\b/i,
  readAloud:
    /\bread (?:the |each |a |this |one |two |tay's |sam's )?(?:short |fictional |made-up )?(?:scenarios?|story|stories|statements?|situations?)\b|\bread\b[^.]{0,60}\b(?:scenarios?|story|stories|statements?|situations?)\b[^.]{0,20}\baloud\b|\bsurvivor (?:mentor|speaker)\b[^.]{0,40}\b(?:tells|shares) (?:her|his|their) (?:story|experience)/i,
  mapActivity: /\b(?:safety|support) maps?\b/i,
  withPartner: /\bin pairs\b|\bwith a (?:partner|friend)\b|\bpartners?\b|\bin twos\b/i,
  agreements: /\bagreements?\b/i,
  photographed: /\bphotograph\w*|\bphotos?\b/i,
  onBacks: /\bon (?:her|his|their|each other's|one another's|someone's|a partner's) backs?\b/i,
  ownExperience:
    /\b(?:have|had|were|did) you (?:ever|been)\b|\b(?:has|had|did) (?:anyone|anybody|someone|somebody|a (?:partner|boyfriend|girlfriend|friend|adult))\b[^.?!]{0,30}\b(?:you|your)\b|\byour own\b|\b(?:happened|happens|done) to (?:you|me)\b|\bI(?: have|'ve| was| had) (?:ever|been)\b|\bmy own (?:experience|body|past|life)\b|\byour (?:sexual|sex life|body count|first time)\b|\bhow many times (?:have|did) (?:you|I)\b/i,
  surveyPrivacyPromise:
    /\bonly (?:look at|see|read|use)\b[^.]*\btogether\b|\b(?:no one|nobody|no-one)\b[^.]*\b(?:see|sees|read|reads|know|knows)\b[^.]*\banswers?\b|\banonymous(?:ly)?\b|\bconfidential\b|\bnothing to do with\b[^.]*\bcase\b/i,
  surveyCodeSaid: /\bcode\b/i,
};

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const WORD_BOUNDARY = String.raw`(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;

/**
 * A Spanish pattern, written with `\b` and `\w` as usual: JavaScript's own `\b` and `\w` know only
 * ASCII letters, so "ningún" or "revelación" would not be whole words; here they are.
 */
function spanish(source: string, flags = 'i'): RegExp {
  return new RegExp(source.replaceAll(String.raw`\b`, WORD_BOUNDARY).replaceAll(String.raw`\w`, WORD_CHAR), `${flags}u`);
}

const ES_ROLE_NAMES = String.raw`(?:presion\w*|reclut\w*|control\w*|comprador\w*|clientes?|explota\w*|padrotes?|proxenetas?|tratantes?|lenones?)`;

const SPANISH: ContentRules = {
  negation: spanish(String.raw`\b(?:no|nunca|nadie|ningún|ninguna|ninguno|nada|sin|jamás|tampoco|ni)\b`),
  youthCast: [
    spanish(
      String.raw`\b(?:tríos?|trios?|parejas?|grupos de tres)\b[^.]{0,60}\b(?:presionador\w*|reclutador\w*|controlador\w*|compradora?s?|explotador\w*|padrotes?|proxenetas?|tratantes?)\b`,
    ),
    spanish(
      String.raw`\b(?:una|un|otra|otro|cada|la otra|el otro)\s+(?:joven|muchacha|muchacho|chica|chico|estudiante|participante|voluntaria|voluntario|compañera|compañero|persona|integrante|de ustedes|de ellas|de ellos)\s+(?:hace|hará|haga|actúa|actuará|interpreta|representa|lee|le da voz a|es)\s+(?:(?:el papel|la parte|las líneas|las frases)\s+)?(?:del?\s+|como\s+|a\s+)?(?:el |la |un |una )?(?:\w+ )?(?:que )?${ES_ROLE_NAMES}`,
    ),
    spanish(
      String.raw`\b(?:jóvenes|muchachas?|muchachos?|chicas?|chicos?|estudiantes?|participantes?|voluntari[oa]s?)\b[^.]{0,30}\b(?:hace|hacen|haga|hagan|actúa\w*|actu[ae]n|interpreta\w*|representa\w*)\s+(?:el papel\s+|la parte\s+)?(?:del?\s+|como\s+|a\s+)(?:el |la |un |una )?(?:\w+ )?(?:que )?${ES_ROLE_NAMES}`,
    ),
    spanish(
      String.raw`\b(?:cambi(?:en|an|ar|amos)|intercambi(?:en|an|ar)|rot(?:en|an|ar))\s+(?:de\s+)?(?:papeles|roles)\b|\b(?:se turnan|túrnense|tomen turnos|se toman turnos)\s+para\s+(?:hacer|ser)\b`,
    ),
  ],
  rolePlay: spanish(
    String.raw`\bjuegos? de roles?\b|\bjuegos? de papeles\b|\bdramatiz\w*|\bactu(?:ar|en|an|amos) (?:la |esta )?(?:escena|situación|historia)\b|\bsociodrama\w*|\brole[- ]?play\w*`,
  ),
  safeVoice: spanish(
    String.raw`\b(?:co)?facilitador(?:a|es|as|\(a\))? (?:va a |van a |puede |pueden )?(?:hace|hacen|lee|leen|toma|toman|representa|representan|actúa|actúan|le da voz|les da voz|da voz|dan voz|demuestra|demuestran)\b|\btercera persona\b`,
  ),
  thirdPerson: spanish(String.raw`\btercera persona\b`),
  inPairsOrTrios: spanish(String.raw`\ben (?:parejas|pares|tríos|trios|grupos de tres)\b`),
  pastHarm: spanish(
    String.raw`\b(?:ha|han|haya|hayan) sido (?:lastimad[oa]s?|dañad[oa]s?|abusad[oa]s?|explotad[oa]s?|maltratad[oa]s?|herid[oa]s?)\b|\b(?:l[oa]s?|le|les) (?:ha|han|haya|hayan) (?:lastimado|hecho daño|abusado|explotado|maltratado)\b`,
  ),
  presentHarm: spanish(
    String.raw`\b(?:está|están|esté|estén) siendo (?:lastimad[oa]s?|dañad[oa]s?|abusad[oa]s?|explotad[oa]s?|maltratad[oa]s?)\b|\b(?:l[oa]s?|le|les) (?:está|están|esté|estén) (?:lastimando|haciendo daño|abusando|explotando|maltratando)\b`,
  ),
  evenIfAsked: spanish(String.raw`\b(?:aunque|aun si|incluso si)\b[^.]{0,40}\b(?:pida|pidas|pidan|pide|pides|piden|pidamos|pidiera\w*)\b[^.]{0,20}\bque no\b`),
  staffReport: spanish(
    String.raw`\bpersonal\b[^.]{0,120}\b(?:reporter[oa]s? obligad[oa]s?|reporter[oa]s? obligatori[oa]s?|obligad[oa]s? a (?:reportar|denunciar)|(?:tiene|tienen) (?:que|la obligación de) (?:reportar|denunciar)|deben? (?:también )?(?:reportar|denunciar)|(?:puede|pueden) (?:también )?(?:tener que|estar obligad[oa]s? a) (?:reportar|denunciar))`,
  ),
  report: spanish(String.raw`\breport\w*|\bdenunci\w*`),
  recruitmentOnUnit: spanish(String.raw`\breclut\w*\b[^.]{0,120}\bunidad\b|\bunidad\b[^.]{0,120}\breclut\w*`),
  defendingExploiter: spanish(String.raw`\bdefien\w*|\bdefend\w*`),
  disclosureWithObserver: spanish(
    String.raw`\brevel\w*\b[^.]{0,80}\b(?:frente al?|delante del?|observador\w*|visitas?|visitantes?|en (?:el )?grupo|(?:está|están) presentes?)\b|\b(?:frente al?|delante del?|observador\w*|visitas?|visitantes?)\b[^.]{0,80}\brevel\w*`,
  ),
  notePromise: spanish(
    String.raw`\bno (?:tom|escrib|anot|llev|guard)\w* (?:ninguna |ningún )?(?:notas?|apuntes)\b|\b(?:nunca|nadie) (?:tom|escrib|anot|llev|guard)\w* (?:ninguna |ningún )?(?:notas?|apuntes)\b|\bsin tomar (?:notas?|apuntes)\b`,
  ),
  probationNever: spanish(
    String.raw`\b(?:probation|libertad condicional|libertad vigilada)\b[^.]{0,160}\bnunca (?:se va(?:n)? a enterar|se enter\w+|va(?:n)? a (?:saber|ver|oír|escuchar|leer|enterarse)|sab\w+|ve|ven|ver\w+|oye\w*|oirá\w*|lee\w*|lo que)\b|\bnunca (?:le |les )?(?:decimos|dice\w*|contamos|cuenta\w*|compart\w+|report\w+|pasa\w*)\b[^.]{0,60}\b(?:probation|libertad condicional|libertad vigilada)\b`,
  ),
  realPeoplePrompt: spanish(
    String.raw`\bqué (?:han |has |hayan )?(?:oído|escuchado|visto)\b|\b(?:oído|escuchado|visto) o (?:visto|oído|escuchado)\b|\b(?:alguien|alguna persona|gente|personas?|una muchacha|un muchacho|una chica|un chico) que (?:tú |ustedes )?(?:conoces|conozcas|conocen|conozcan|conoce|conozca)\b|\b(?:un amigo|una amiga|amigos|amigas) tuy[oa]s?\b`,
  ),
  childAsActor: spanish(
    String.raw`\bprostitut[oa]s?\b|\bprostituid[oa]s?\b|\bprostitución infantil\b|\bse prostitu\w*|\bprostituirse\b|\bse vend(?:e|en|ía|ían|ió|ieron)\b|\bvenderse\b|\bvend\w* (?:su|sus) cuerpos?\b|\b(?:intercambi|comerci)\w* (?:con )?sexo\b|\bengañad[oa]s? para\b`,
  ),
  handoutSuffix: ' (hoja)',
  printedMaterial: spanish(
    // A bare "hoja" is any sheet (the group agreements written on chart paper); a handout is "hoja de trabajo" or "hoja impresa".
    String.raw`\b(?:tarjetas?|plantillas?|formularios?|cartas?|mapas?|círculos?|hojas? (?:de trabajo|de ejercicios|de actividades|impresas?)|folletos?|fichas?)\b`,
  ),
  nameField: [
    spanish(String.raw`\b(?:nombres?|iniciales|código|código de participante|número de identificación|identificación|id)\s*[:：]?\s*${BLANK}`),
    spanish(
      String.raw`^\s*(?:[-*]\s*)?(?:\*\*)?(?:tu |su )?(?:nombre|iniciales|código)(?: completo| de (?:participante|la joven|el joven|estudiante))?(?:\*\*)?\s*:`,
      'im',
    ),
  ],
  video: spanish(
    String.raw`\b(?:videos?|vídeos?|videoclips?|películas?|pelis?|cortometrajes?|tráilers?|trailers?|grabaciones de video)\b|\bclips?\s+de\s+(?:video|vídeo|película)`,
  ),
  playShowOrWatch: spanish(String.raw`\b(?:pon\w*|muestr\w*|mostr\w*|mir\w*|ver|vean|ven|proyect\w*|reproduc\w*)\b`),
  readAloud: spanish(
    String.raw`\blee\w* (?:el |la |los |las |cada |un |una |este |esta )?(?:breve |corta |inventad[oa] )?(?:escenarios?|historias?|relatos?|situaciones|situación|afirmación|afirmaciones|frases?)\b|\blee\w*\b[^.]{0,60}\b(?:escenarios?|historias?|relatos?|situaciones|situación|afirmación|afirmaciones|frases?)\b[^.]{0,20}\ben voz alta\b|\blee\w* en voz alta\b[^.]{0,40}\b(?:escenarios?|historias?|relatos?|situaciones|situación|afirmación|afirmaciones|frases?)\b|\b(?:mentora?|oradora?) sobreviviente\b[^.]{0,40}\b(?:cuenta|comparte) su (?:historia|experiencia)`,
  ),
  mapActivity: spanish(String.raw`\bmapas? (?:de|para) (?:tu |mi |su )?(?:red de )?(?:seguridad|apoyo)\b`),
  withPartner: spanish(String.raw`\ben (?:parejas|pares)\b|\bcon (?:un|una) (?:compañer[oa]|amig[oa]|pareja)\b|\bde dos en dos\b`),
  agreements: spanish(String.raw`\bacuerdos?\b`),
  photographed: spanish(String.raw`\bfotograf\w*|\bfotos?\b`),
  onBacks: spanish(String.raw`\ben (?:la |su |sus |las )?espaldas?\b`),
  ownExperience: spanish(
    String.raw`\balguna vez (?:te|has|ha[sn]? \w+ (?:contigo|a ti)|alguien te)\b|\b(?:alguien|nadie|una persona|tu (?:novio|novia|pareja)) (?:alguna vez )?te (?:ha|han|hizo|hicieron|pidió|obligó|tocó|presionó)\b|\bte (?:ha|han) (?:pasado|sucedido|ocurrido)\b|\bhas sido\b|\btus? propi[oa]s?\b|\bsu propia experiencia\b|\bme (?:ha|han) (?:pasado|sucedido|ocurrido|tocado|obligado|presionado)\b|\b(?:yo )?(?:he|había) sido (?:víctima|abusad[oa]|explotad[oa]|lastimad[oa])\b|\btu (?:vida sexual|primera vez)\b|\bcuántas veces (?:has|te)\b`,
  ),
  surveyPrivacyPromise: spanish(
    String.raw`\bsolo (?:vemos|miramos|leemos|usamos)\b[^.]*\b(?:juntas|juntos|en conjunto)\b|\bnadie\b[^.]*\b(?:ve|verá|lee|leerá|sabe|sabrá)\b[^.]*\brespuestas?\b|\banónim[oa]s?\b|\bconfidencial(?:es)?\b|\bnada que ver con\b[^.]*\bcaso\b`,
  ),
  surveyCodeSaid: spanish(String.raw`\bcódigo\b`),
};

/** The text a survey instrument puts to a young person: each item's text and its options. */
export function surveyItemTexts(module: CurriculumModule): { text: string; where: string }[] {
  return module.instruments.flatMap((instrument) =>
    instrument.items.flatMap((item) => [
      { text: item.text, where: `${module.id} › ${instrument.id} › ${item.id}` },
      ...(item.options ?? []).map((option) => ({ text: option.text, where: `${module.id} › ${instrument.id} › ${item.id} › ${option.id}` })),
    ]),
  );
}

/** The rule sets by primary language subtag. */
export const CONTENT_RULES: Readonly<Record<string, ContentRules>> = { en: ENGLISH, es: SPANISH };

/** The rule set for a module's language; throws for a language that has none, so it cannot ship unchecked. */
export function rulesFor(module: Pick<CurriculumModule, 'id' | 'language'>): ContentRules {
  const rules = CONTENT_RULES[primaryLanguage(module.language)];
  if (rules === undefined) {
    throw new Error(
      `${module.id} is written in "${module.language}", which has no content rules: add its patterns to CONTENT_RULES in test/unit/curricula/contentRules.ts`,
    );
  }
  return rules;
}

/** Markdown as prose: list items and paragraphs on their own lines, wrapped lines joined, no emphasis marks. */
export function prose(markdown: string): string {
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

/** Every string in a value, depth first: the whole module's text, for rules that hold anywhere. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [prose(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export function activities(module: CurriculumModule): { session: Session; activity: Activity; where: string }[] {
  return module.sessions.flatMap((session) =>
    session.activities.map((activity) => ({ session, activity, where: `${module.id} › ${session.id} › ${activity.id}` })),
  );
}

/** What the facilitator does and says with an activity (its trauma notes included). */
export const activityText = (activity: Activity): string =>
  prose(
    [activity.title, activity.instructions, activity.prompt, activity.facilitatorNotes, activity.traumaNotes, activity.contentNotice]
      .filter(Boolean)
      .join('\n\n'),
  );

/** What is put to the room: the instructions and the prompt. */
export const spokenText = (activity: Activity): string => prose([activity.instructions, activity.prompt].filter(Boolean).join('\n\n'));

/** Sentences where `pattern` matches and is not negated before it ("No youth plays..." states the rule, it does not break it). */
export function affirmed(text: string, pattern: RegExp, negation: RegExp): string[] {
  return prose(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => {
      const match = pattern.exec(sentence);
      return match !== null && !negation.test(sentence.slice(0, match.index));
    });
}

const firstSessionSaid = (module: CurriculumModule) =>
  [module.sessions[0]?.contentNotice, ...(module.sessions[0]?.activities.map(spokenText) ?? [])].join('\n');
const firstSessionSpoken = (module: CurriculumModule) => (module.sessions[0]?.activities ?? []).map(spokenText).join('\n');

/** The activities that tell youth how to report under PREA. */
export const preaSteps = (module: CurriculumModule, rules: ContentRules) =>
  activities(module).filter(({ activity }) => /\bPREA\b/.test(activity.instructions) && rules.report.test(activity.instructions));

export interface ConfidentialityLimit {
  limit: string;
  /** Only custody modules must state it (staff in the room, PREA). */
  custodyOnly: boolean;
  statedIn: (module: CurriculumModule, rules: ContentRules) => boolean;
}

/** The honest limits of confidentiality every module states (issue 13), and the custody ones. */
export const CONFIDENTIALITY_LIMITS: readonly ConfidentialityLimit[] = [
  { limit: 'session 1: past harm ("has been hurt")', custodyOnly: false, statedIn: (module, rules) => rules.pastHarm.test(firstSessionSaid(module)) },
  {
    limit: 'session 1: present harm ("is being hurt")',
    custodyOnly: false,
    statedIn: (module, rules) => rules.presentHarm.test(firstSessionSaid(module)),
  },
  {
    limit: 'session 1: a report is made even if asked not to',
    custodyOnly: false,
    statedIn: (module, rules) => rules.evenIfAsked.test(firstSessionSaid(module)),
  },
  {
    limit: 'session 1: staff in the room may report too',
    custodyOnly: true,
    statedIn: (module, rules) => rules.staffReport.test(firstSessionSpoken(module)),
  },
  { limit: 'an activity that tells youth how to report under PREA', custodyOnly: true, statedIn: (module, rules) => preaSteps(module, rules).length > 0 },
  {
    limit: 'preparation that learns the facility PREA channels',
    custodyOnly: true,
    statedIn: (module) => /\bPREA\b/.test(strings(module.sessions.flatMap((session) => session.preparation)).join('\n')),
  },
];

/** The confidentiality limits the original states and its translation does not. */
export function droppedLimits(original: CurriculumModule, translation: CurriculumModule): string[] {
  return CONFIDENTIALITY_LIMITS.filter(({ statedIn }) => statedIn(original, rulesFor(original)) && !statedIn(translation, rulesFor(translation))).map(
    ({ limit }) => limit,
  );
}
