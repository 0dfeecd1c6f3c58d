/**
 * Small CIN census documents for the census reader's tests: children with one referral and one
 * assessment each, written as the generator would.
 */

export const CIN_HEAD = `<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>`;

/** A child with a referral on `date` and an assessment started that day. */
export const cinChild = (id: string, date: string) =>
  `  <Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-01-02</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>` +
  `<CINdetails><CINreferralDate>${date}</CINreferralDate><ReferralSource>1A</ReferralSource>` +
  `<Assessments><AssessmentActualStartDate>${date}</AssessmentActualStartDate></Assessments><ReferralNFA>false</ReferralNFA></CINdetails></Child>\n`;

/** A census of `n` such children, ids `prefix` + six digits, with `tail` before the children's end. */
export function cinCensus(prefix: string, n: number, date: string, tail = ''): string {
  const kids: string[] = [];
  for (let i = 0; i < n; i++) kids.push(cinChild(`${prefix}${String(i).padStart(6, '0')}`, date));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Message>${CIN_HEAD}<Children>\n${kids.join('')}${tail}</Children></Message>\n`;
}
