// Hand-written fragments of supervision records, by style, each labelled with what a practice
// supervisor reads in it: c = speaks to the child's experience or voice, r = reflection or
// analysis (of risk, progress or practice), a = an action with a timescale, v = reviews the last
// supervision's actions. Written from practice, not from the detector's lexicon; a third element
// notes a hard call. Slots: {N} child's name, {he}/{his}/{him} and capitalised {He}/{His},
// {C} a carer, {D} a future date (in one of several written forms), {WD} a weekday.

/** Sentences about the case that carry none of the criteria (facts, adults, process). */
export const CONTEXT = [
  ['Home visit completed on {P} with {C} present.', ''],
  ['School report attendance is now 91% this half term.', ''],
  ["{C} has started the Freedom Programme at the children's centre.", ''],
  ['The health visitor has completed the 2-year check.', ''],
  ['Strategy discussion held with police and health; threshold for s47 not met.', ''],
  ['Housing have offered a two-bedroom flat in the north of the borough.', ''],
  ['Dad has been released from prison and is living with his mother.', ''],
  ['The family support worker is visiting twice a week.', ''],
  ['Core group took place with school, health and the family.', ''],
  ['{C} missed two appointments at the GP this month.', ''],
  ['Police shared a DA notification from the weekend; no arrests were made.', ''],
  ['The referral to Early Help was closed as the family did not engage.', ''],
  ['{C} has a new partner who has not yet been checked.', ''],
  ['CAMHS have accepted the referral and placed {N} on the waiting list.', ''],
  ['Case transferred from the assessment team last month.', ''],
  ['Paternal grandmother has put herself forward as a connected carer.', ''],
  ['The school nurse has raised concerns about head lice and dental pain.', ''],
  [
    '{C} reflected the concerns back to me and agreed they were fair.',
    '',
    'r: a parent "reflecting back" is not reflection on practice',
  ],
  ['The concerns are reflected in the updated plan.', '', 'r: "reflected in the plan" is not analysis'],
  ['Mum said she is not drinking any more.', '', "c: a parent's words, not the child's"],
  ['Dad told the conference he wants more contact.', '', "c: a parent's wish, not the child's"],
  ['Nan feels the family needs more help with the school run.', '', "c: the grandmother's feelings"],
  ['Discussed the case in supervision.', ''],
  ['Chronology updated on the system.', ''],
  ['Legal advice was that the threshold is not currently met.', ''],
];

/** The child's voice, feelings, wishes, behaviour or daily experience. */
export const CHILD = [
  ['{N} told me {he} likes {his} new school because nobody shouts there.', 'c'],
  ["{N}'s words: 'daddy shouts'.", 'c'],
  ['{N} asked when {he} can go home.', 'c'],
  ['{N} was observed playing with {his} sister and was relaxed and chatty.', 'c'],
  [
    'We talked about what life is like for {N} on a school morning: {he} gets {him}self up and often goes without breakfast.',
    'c',
  ],
  ['{N} says {he} is happy living with Nan and does not want to move.', 'c'],
  ['{N} drew {his} family and put dad outside the house.', 'c'],
  ['Seen alone at school; {N} was quiet but said {he} feels safe at home now.', 'c'],
  ['{N} cried when talking about contact being cancelled again.', 'c'],
  ['{He} wants to see {his} brother more often and asked for a phone.', 'c'],
  ['{N} described hiding in {his} room when the arguments start.', 'c'],
  ['In {his} own words {N} is "fed up of moving schools".', 'c'],
  ['{N} is worried about mum when {he} is at school.', 'c'],
  ['{N} would like to stay with the foster carers until the summer.', 'c'],
  ['{N} rated {his} week a 3 out of 10 because of the fighting at home.', 'c'],
  ['{N} appeared anxious and kept checking where mum was during the visit.', 'c'],
  ['{N} said the best thing about home is the dog and the worst thing is being hungry.', 'c'],
  [
    '{N} showed me {his} bedroom, which has no curtains and a mattress on the floor.',
    'c',
    'c: the child showing the worker his room is his daily experience',
  ],
  ["{N} has told {his} teacher that {he} is scared of mum's boyfriend.", 'c'],
  ['{N} wrote in the three houses that {his} worry is dad coming back.', 'c'],
  ['{N} says {he} misses {his} friends from {his} old estate.', 'c'],
  [
    '{N} did not want to talk about home but was keen to show me {his} football medals.',
    'c',
    "c: reluctance to talk still records the child's presentation and interests",
  ],
  ['For {N} a typical evening means looking after {his} younger siblings while mum sleeps.', 'c'],
  ['{N} laughed a lot with {his} carer and went to her for comfort when {he} bumped {his} knee.', 'c'],
];

/** The child's voice named but absent, or the child not seen. */
export const CHILD_ABSENT = [
  ["{N}'s voice is absent from this record.", '', 'c: the absent voice stated without "no" or "not"'],
  ['{N} was asleep so could not be observed.', ''],
  ["{N}'s views have not been captured this month.", ''],
  ['The child was not seen alone on this visit.', ''],
  ["{N}'s wishes and feelings are not known as {he} refused to engage.", ''],
  ['Child not seen; visit was with {C} only.', ''],
  ['{N} was at nursery so was not seen.', ''],
  ['There is nothing in the record about what {N} thinks.', ''],
  ['Direct work with {N} has not yet started.', ''],
  ["{N}'s voice is missing from the assessment.", ''],
  ['Unable to see {N} as the family were away.', ''],
  ['The voice of the child is lacking in recent visits.', ''],
];

/** Analysis, hypothesis, weighing, reflection on practice. */
export const REFLECT = [
  ['My analysis is that the risk has reduced because mum has kept the boyfriend away for three months.', 'r'],
  ['We explored why the family disengage each time a new worker starts.', 'r'],
  ['We considered whether the threshold for a CP plan is still met and agreed it is not.', 'r'],
  ["My hypothesis is that dad's drinking increases when he is out of work.", 'r'],
  ['On balance the protective factors outweigh the concerns at this point.', 'r'],
  ["I wonder whether we have been too optimistic about mum's capacity to change.", 'r'],
  ['The worker reflected on how her own anxiety about dad may have shaped the visits.', 'r'],
  ['There has been drift: the plan has not changed in six months and nothing is different for {N}.', 'r'],
  ["Weighing this up, the impact of neglect on {N}'s development is now cumulative.", 'r'],
  ['The pattern suggests that crises follow contact with the maternal family.', 'r'],
  ['I think we need to be curious about who else is living at the address.', 'r'],
  ['Progress is limited and I am not confident the changes will last without support.', 'r'],
  ['The evidence from school and health points the same way: things are improving.', 'r'],
  ["We discussed the worker's sense that mum tells us what we want to hear, and what evidence would test that.", 'r'],
  ['This is a family where disguised compliance is a real possibility.', 'r'],
  ['Rationale for stepping down: two reviews with no new concerns and a stable school placement.', 'r'],
  ['What has worked is the consistent worker; what has not is the parenting course, which mum found shaming.', 'r'],
  ['The risk of exploitation is rising because {N} is missing more often and for longer.', 'r'],
];

/** Reviews of the last supervision's actions. */
export const REVIEW = [
  ['Actions from last supervision: chronology completed; the CAMHS referral is still outstanding.', 'v'],
  ['Previous actions reviewed and all completed.', 'v'],
  [
    'Since we last met the core group has happened and the safety plan was signed.',
    'v',
    'v: reviews the last actions without using the word "actions"',
  ],
  ["Last month's actions: the housing letter was sent; the GP check has not been done and is carried forward.", 'v'],
  ['The outstanding action to visit dad has now been completed.', 'v'],
  ['Update on actions agreed on 3 March: referral made, school meeting held.', 'v'],
];

/** Actions with a timescale, as a line of an actions column or a sentence. */
export const ACT_TIMED = [
  ['SW to visit {N} this week and see {him} alone.', 'a'],
  ['Convene core group next Tuesday.', 'a'],
  ['Send the letter before proceedings to legal by close of play Friday.', 'a'],
  ['School to share attendance figures by the end of term.', 'a'],
  ['Contact to increase to weekly from 1 May.', 'a'],
  ['Complete the parenting assessment by {D}.', 'a'],
  ['Refer to CAMHS within 5 working days.', 'a'],
  ['Chase the GP letter by {WD}.', 'a'],
  ['Strategy meeting w/c 12 May.', 'a'],
  ['Update the safety plan with {C} within the next two weeks.', 'a'],
  ['Book the family group conference for {D}.', 'a'],
  ['Request police checks on the new partner today.', 'a'],
  ['Direct work session with {N} to be completed before the review on {D}.', 'a'],
  ['Manager to chair a case discussion by end of the month.', 'a'],
  ['Health assessment to be requested tomorrow.', 'a'],
  ['Visit within 10 days and record what {N} says.', 'a'],
];

/** Actions with no timescale ("ASAP", "ongoing", "next time" are not timescales). */
export const ACT_UNTIMED = [
  ['SW to visit ASAP.', '', 'a: "ASAP" is not a timescale'],
  ['Continue with the plan.', ''],
  ['Direct work ongoing.', '', 'a: "ongoing" is not a timescale'],
  ['Discuss again next time.', '', 'a: "next time" is not a timescale'],
  ['Refer to CAMHS when possible.', ''],
  ['Keep under review.', ''],
  ['SW to liaise with school.', ''],
  ['Update chronology in due course.', ''],
  ['Monitor school attendance.', ''],
  ['Explore family network options at the next visit.', '', 'a: "at the next visit" names no time'],
];

/** Signs of Safety mapping, line by line (a heading with nothing under it says nothing). */
export const SOS = {
  worried: [
    [
      'What are we worried about? We are worried that {N} will be hurt if the fighting between mum and dad carries on, as it has twice this month.',
      'r',
    ],
    ["Worries: dad's drinking, DV.", '', 'r: a bare list of worries is not analysis'],
    [
      'Danger statement: the social worker and school are worried that {N} could be seriously hurt when dad is drunk, because he has hit mum in front of {him} before.',
      'r',
    ],
    [
      "What we are worried about: that mum's low mood means {N} is left to care for {him}self and {his} little brother, and nobody notices.",
      'r',
    ],
    ['Worried about:', '', 'r: empty heading'],
    [
      "Complicating factors: mum's learning needs make written plans hard for her to follow, so the plan has to be pictures.",
      'r',
    ],
  ],
  working: [
    ["What's working well: Nan collects {N} from school every day and {N} says {he} feels safe at Nan's.", 'c'],
    [
      'What is working well: mum has engaged with CGL and her tests are clear.',
      '',
      'r: a fact about a parent, not weighed',
    ],
    ['Working well: school attendance 98%.', ''],
    ['Strengths:', ''],
    ["What's going well: {N} has settled at nursery and runs in happily each morning.", 'c'],
    ["What's working well: dad has kept every contact and {N} looks forward to them.", 'c'],
  ],
  scaling: [
    ['Scaling: 6/10, up from 4 because police have not been called since January.', 'r'],
    ['Scaling: 5.', '', 'r: a number without a reason'],
    ["{N}'s scaling: {he} put {him}self at 8 for feeling safe at home.", 'c'],
    ['Scale: worker 3, mum 7 — the gap is because mum does not see the impact of the arguments on {N}.', 'r'],
    ['Safety scale 4/10 as the same concerns remain and nothing has changed since the ICPC.', 'r'],
    ['Scaling:', ''],
  ],
  needs: [
    ['What needs to happen: SW to complete the safety plan with Nan by {D}.', 'a'],
    ['What needs to happen:', ''],
    ['Next steps: family network meeting next Thursday; mum to attend CGL weekly.', 'a'],
    ['What needs to happen: safety plan to be agreed with the family.', ''],
    ['Next steps: words and pictures explanation for {N} to be done this week.', 'a'],
  ],
};

/** Template records: a heading and what is written under it (empty, or a placeholder, says nothing). */
export const TEMPLATE = {
  voiceHeadings: ["Child's voice", 'Voice of the child', "Child's lived experience", 'Wishes and feelings'],
  voice: [
    ['Says she likes school and wants to see dad more.', 'c'],
    ["Wants to stay at Nan's and does not want to change school.", 'c'],
    ['Too young to give views; observed smiling and babbling with mum, and fed well.', 'c'],
    ['{N} said {he} is "alright" but would not say more; {he} looked tired.', 'c'],
    ['N/A', ''],
    ['', ''],
    ['Not seen this month.', ''],
    ['See previous record.', ''],
    ['-', ''],
    ['To be gathered.', ''],
    ['Gets {him}self ready for school and walks {his} little sister there.', 'c'],
  ],
  analysisHeadings: ['Analysis', 'Reflection', "Manager's analysis", 'Risk analysis'],
  analysis: [
    [
      'Risk has reduced since dad moved out, but mum has let him back before, so the plan needs testing over time.',
      'r',
    ],
    [
      'The concerns remain the same; the question is whether mum can sustain change without daily support, and the evidence so far says not.',
      'r',
    ],
    ['Progressing.', '', 'r: one word is not analysis'],
    ['As above.', ''],
    ['', ''],
    ['N/A', ''],
    ['Plan remains appropriate.', '', 'r: an assertion without reasons'],
    [
      'We considered whether this is neglect or poverty; the family has food when money comes in, so the help needed is practical.',
      'r',
    ],
  ],
  reviewHeadings: ['Review of previous actions', 'Previous actions', 'Progress on actions'],
  review: [
    ['All completed.', 'v'],
    ['Referral made; chronology still outstanding.', 'v'],
    ['', ''],
    ['N/A - first supervision.', ''],
  ],
  actionHeadings: ['Actions', 'Agreed actions', 'Next steps', 'Management actions'],
};

/** Short management oversight entries. */
export const TERSE = [
  ['Case reviewed. Plan remains appropriate. Continue.', ''],
  ['Management oversight: agree with assessment outcome. NFA.', ''],
  ['Reviewed file. Visits in timescale. CP plan progressing.', ''],
  ['MO: ICPC booked for {D}.', '', 'a: a date already booked, with no action for anyone'],
  ['MO: agree step down to CIN. SW to inform family and school by Friday.', 'a'],
  ['TM oversight: child seen alone {P} and says things are better at home. Continue plan.', 'c'],
  ['Oversight - agree s47. Strategy held. ICPC to be booked within 15 working days.', 'a'],
  ['Noted. Agree.', ''],
  ['Case file audited. Chronology not up to date. SW to update it this week.', 'a'],
  [
    'MO - risk remains high as dad continues to visit despite the written agreement; escalate to legal gateway by {D}.',
    'ra',
  ],
  ['Oversight: {N} not seen for 6 weeks. Visit today.', 'a'],
  ['Agree closure. Letter to family.', ''],
  [
    "TM: read the assessment. {N}'s voice is strong and clearly shapes the recommendation. Sign off.",
    'c',
    'c: the manager judges the voice present in the assessment read',
  ],
  ['MO: visits overdue. SW to visit.', ''],
  [
    "Management oversight: I am not assured the plan addresses neglect; the impact on {N}'s weight has not been weighed.",
    'r',
  ],
  ['Reviewed. Nothing further.', ''],
  ["MO: the baby's weight has dropped again. HV to weigh next Monday.", 'ca'],
  [
    'Oversight: PLO meeting held, letter sent. Next review 3 months.',
    '',
    'a: "next review 3 months" is a review date, not an action with a timescale',
  ],
];

/** Newly qualified (ASYE) supervision: about the worker, not a child. */
export const NQSW = [
  ["ASYE supervision. Discussed {W}'s caseload of 12 and her confidence in court work.", ''],
  ['We reflected on the home visit where dad became aggressive and how {W} managed her own fear.', 'r'],
  ['Portfolio: critical reflection 2 due by {D}.', 'a'],
  ['{W} said she feels overwhelmed by recording.', '', "c: the worker's feelings, not a child's"],
  ['{W} to attend the domestic abuse training next Tuesday.', 'a'],
  [
    "We discussed how {W} captures the child's voice in her assessments and she will use the three houses tool more.",
    '',
    "c: about the worker's practice in general; no child's experience is recorded",
  ],
  [
    "Wellbeing: {W} has had a difficult week and is taking a day's leave on Friday.",
    '',
    "a: the worker's leave is not an action",
  ],
  ['We explored why {W} finds it hard to challenge parents, and she linked it to her own family.', 'r'],
  ['Observation of practice booked.', ''],
  ['Caseload protected at 12 until the end of the ASYE year.', ''],
  [
    '{W} is thinking about the difference between reflecting back and reflecting on her work, and what that means for her analysis.',
    'r',
  ],
  ['Training plan reviewed; {W} has completed the court skills course.', ''],
  ['Actions from our last session: shadowing the duty manager has happened.', 'v'],
  ['{W} to complete the direct observation write-up within two weeks.', 'a'],
  ['Annual leave and TOIL discussed.', ''],
  [
    'I asked {W} what the research on neglect tells her about her family on the Eastfield estate; we considered whether drift has set in.',
    'r',
  ],
];

/** Very young or non-verbal children: observation and communication aids. */
export const YOUNG = [
  ["{N} is 7 months old; {he} was observed to be alert and babbling, and settled quickly in mum's arms.", 'c'],
  [
    "The baby's weight has dropped from the 50th to the 9th centile.",
    'c',
    "c: the baby's physical experience, as a supervisor would read it",
  ],
  ['{N} uses Makaton and signed "more" and "finished" at snack time.', 'c'],
  ["{N} chose pictures for 'sad' and 'school'.", 'c'],
  ['{N} has no words yet; {he} flinched when dad raised his voice.', 'c'],
  ['{N} was asleep in the cot throughout the visit so could not be observed.', ''],
  ['Nursery report {N} arrives hungry on Monday mornings and eats two breakfasts.', 'c'],
  ['Observed {N} with the foster carer: {he} made good eye contact and reached for her when upset.', 'c'],
  ['The health visitor completed the developmental check.', ''],
  ['{N} has an untreated nappy rash and was unsettled and crying through most of the visit.', 'c'],
  ['{N} used {his} communication book to point to "dad" and "cross".', 'c'],
  ['The twins were bathed and asleep when I arrived.', '', 'c: the children were not observed awake'],
  [
    "{N}'s speech and language therapist says {he} is making progress with PECS.",
    '',
    "c: a professional's report of progress, nothing of the child's experience",
  ],
  ['{N} is autistic and non-verbal; {he} spun the wheels of a toy car and did not want to be near mum.', 'c'],
  ['Mum reports {N} sleeps well.', '', "c: a parent's report only"],
  ['The boys were running around the flat; the younger one had a bruise on his cheek that mum could not explain.', 'c'],
];

/** Adolescents: exploitation, missing, their own words. */
export const TEEN = [
  ['The young person told us he wants to go back to college in September.', 'c'],
  [
    '{N} went missing on Friday and was found in Birmingham; in the return interview {he} said {he} was with friends.',
    'c',
  ],
  ['Intelligence suggests {N} is being exploited by an older male who buys {him} trainers.', ''],
  ['{N} says {he} feels respected by the youth worker and trusts her.', 'c'],
  ['The boys told police they were just hanging around the park.', 'c'],
  ['{N} has been missing three times this month.', '', "c: a count of episodes says nothing of the child's experience"],
  ['NRM referral to be submitted by {D}.', 'a'],
  ['Disruption meeting to be held within 7 days.', 'a'],
  ['Contextual safeguarding mapping of the park next week.', 'a'],
  ['Our worry is that {N} is being groomed: the new phone, cash and late nights fit that pattern.', 'r'],
  ['{N} refused to meet me again; this is the third refusal.', '', 'c: no voice, feeling or wish recorded'],
  ['{N} told the PA {he} is "done with school" and wants a job in a garage.', 'c'],
  ['Police have flagged the address as a cuckooed property.', ''],
  ['{N} is angry about the move to semi-independent accommodation and feels no one listened.', 'c'],
  ['We considered whether the curfew is making {N} go missing more rather than less.', 'r'],
  ['MACE panel discussed {N}; risk rated significant.', '', 'r: a panel rating without reasons'],
  [
    '{N} was seen at the police station after arrest and would only say {he} was "fine".',
    'c',
    "c: the child's own words, however short",
  ],
];

/** Court and PLO timetables. */
export const COURT = [
  [
    'PLO meeting held {P}; parents have 12 weeks to complete the assessments.',
    '',
    'a: a timetable for the parents, no action for the service',
  ],
  ['IRH listed for {D}.', '', 'a: a hearing date, not an action'],
  ['SWET to be filed by {D}.', 'a'],
  ['Final evidence due 4pm on 14 June.', 'a'],
  ['Issue proceedings w/c 3 June.', 'a'],
  ['Court directed a cognitive assessment of mum; SW to instruct the assessor by the end of the week.', 'a'],
  ['Care plan: {N} to remain with foster carers; {he} has said {he} wants to stay.', 'c'],
  ['The guardian has met {N}, who told her {he} wants to see mum more.', 'c'],
  [
    'Legal planning meeting considered whether threshold is crossed; the view is that it is, given the chronic neglect.',
    'r',
  ],
  ['Parenting assessment is negative.', ''],
  ['Viability assessment of the aunt to be completed within 3 weeks.', 'a'],
  ['Letter before proceedings sent.', ''],
  [
    'The risk of delay for {N} is real: another six months would take {him} past the point where a placement with {his} sister is likely.',
    'r',
  ],
  ['Pre-proceedings review next month.', '', 'a: "next month" names a review, not an action'],
];
