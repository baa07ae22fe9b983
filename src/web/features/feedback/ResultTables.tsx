import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { FeedbackResults, ResultFigures } from '../../../contract/feedback';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';

const numberFormat = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });

function useFigureText() {
  const { t } = useTranslation('feedback');
  return (figures: ResultFigures, value: number | null) =>
    figures.suppressed ? t('results.suppressed') : value === null ? t('results.none') : numberFormat.format(value);
}

/** One row per group: answers, NPS and its parts, and the mean grade or effectiveness. */
function FiguresTable({
  caption,
  groupLabel,
  rows,
  kind,
  qa,
}: {
  caption: string;
  groupLabel: string;
  rows: { key: string; name: string; figures: ResultFigures }[];
  kind: FeedbackResults['kind'];
  qa: string;
}) {
  const { t } = useTranslation('feedback');
  const text = useFigureText();
  return (
    <RecordTable caption={caption} hideCaption data-qa={qa}>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          <th scope="col">{t('results.answers')}</th>
          <th scope="col">{t('results.nps')}</th>
          <th scope="col">{t('results.promoters')}</th>
          <th scope="col">{t('results.passives')}</th>
          <th scope="col">{t('results.detractors')}</th>
          <th scope="col">{kind === 'job_seeker' ? t('results.meanGrade') : t('results.meanEffectiveness')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, name, figures }) => (
          <tr key={key} data-qa={`${qa}-row`}>
            <th scope="row">{name}</th>
            <td>{figures.suppressed ? t('results.suppressed') : figures.answers}</td>
            <td data-qa="figure-nps">{text(figures, figures.nps)}</td>
            <td>{text(figures, figures.promoters)}</td>
            <td>{text(figures, figures.passives)}</td>
            <td>{text(figures, figures.detractors)}</td>
            <td data-qa="figure-mean">{text(figures, kind === 'job_seeker' ? figures.meanGrade : figures.meanEffectiveness)}</td>
          </tr>
        ))}
      </tbody>
    </RecordTable>
  );
}

export function ResultTables({ results }: { results: FeedbackResults }) {
  const { t, i18n } = useTranslation('feedback');
  const placeName = (name: { fi: string; sv: string } | null) =>
    name ? (i18n.language === 'sv' ? name.sv : name.fi) : t('results.unknownMunicipality');
  const { total } = results;
  return (
    <>
      <Section aria-labelledby="results-by-organisation">
        <Heading variant="h2" id="results-by-organisation" mb="s">
          {t('results.byOrganisation')}
        </Heading>
        <FiguresTable
          caption={t('results.byOrganisationCaption')}
          groupLabel={t('results.organisationColumn')}
          kind={results.kind}
          qa="results-by-organisation"
          rows={[
            ...results.byOrganisation.map((group) => ({ key: group.organisationId, name: group.name, figures: group })),
            { key: 'total', name: t('results.total'), figures: total },
          ]}
        />
      </Section>
      <Section aria-labelledby="results-by-municipality">
        <Heading variant="h2" id="results-by-municipality" mb="s">
          {t('results.byMunicipality')}
        </Heading>
        <FiguresTable
          caption={t('results.byMunicipalityCaption')}
          groupLabel={t('results.municipalityColumn')}
          kind={results.kind}
          qa="results-by-municipality"
          rows={results.byMunicipality.map((group) => ({
            key: group.municipalityCode ?? 'unknown',
            name: placeName(group.name),
            figures: group,
          }))}
        />
      </Section>
      {total.grades ? (
        <Section aria-labelledby="results-grades">
          <Heading variant="h2" id="results-grades" mb="s">
            {t('results.grades')}
          </Heading>
          <RecordTable caption={t('results.gradesCaption')} hideCaption data-qa="results-grades">
            <thead>
              <tr>
                <th scope="col">{t('results.grade')}</th>
                <th scope="col">{t('results.count')}</th>
              </tr>
            </thead>
            <tbody>
              {total.grades.map((row) => (
                <tr key={row.grade} data-qa={`results-grade-${row.grade}`}>
                  <th scope="row">{row.grade}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </RecordTable>
        </Section>
      ) : null}
      {results.helpedMost.length > 0 ? (
        <Section aria-labelledby="results-helped-most">
          <Heading variant="h2" id="results-helped-most" mb="s">
            {t('results.helpedMost')}
          </Heading>
          <RecordTable caption={t('results.helpedMostCaption')} hideCaption data-qa="results-helped-most">
            <thead>
              <tr>
                <th scope="col">{t('results.choice')}</th>
                <th scope="col">{t('results.count')}</th>
              </tr>
            </thead>
            <tbody>
              {results.helpedMost.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </RecordTable>
        </Section>
      ) : null}
      {results.freeText ? (
        <Section aria-labelledby="results-free-text" data-qa="results-free-text">
          <Heading variant="h2" id="results-free-text" mb="s">
            {t('results.freeText')}
          </Heading>
          {results.freeText.length === 0 ? <Paragraph>{t('results.freeTextNone')}</Paragraph> : null}
          <Quotes>
            {results.freeText.map((answer, index) => (
              <li key={index} data-qa="results-free-text-answer">
                <blockquote>{answer.text}</blockquote>
                <Meta>{t('results.freeTextMeta', { date: formatDate(answer.answeredOn), organisation: answer.organisationName })}</Meta>
              </li>
            ))}
          </Quotes>
        </Section>
      ) : null}
    </>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.xl};
`;

const Quotes = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0;

  li {
    border-left: 4px solid ${tokens.colors.highlightLight2};
    padding: ${tokens.spacing.xs} ${tokens.spacing.m};
    margin-bottom: ${tokens.spacing.m};
    background: ${tokens.colors.whiteBase};
  }

  blockquote {
    margin: 0 0 ${tokens.spacing.xxs};
    white-space: pre-wrap;
  }
`;

const Meta = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.depthDark1};
`;
