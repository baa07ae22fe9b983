import { useTranslation } from 'react-i18next';
import { ExternalLink, Heading, Paragraph } from 'suomifi-ui-components';
import styled from 'styled-components';
import { PageHeading } from '../../components/PageHeading';

const escoUrl = 'https://esco.ec.europa.eu';
const postiUrl = 'https://www.posti.fi/fi/asiakastuki/postinumerotiedostot';
const geoNamesUrl = 'https://www.geonames.org';
const statisticsFinlandClassificationUrl = 'https://www.stat.fi/en/luokitukset/toimiala/toimiala_1_20080101/';

/** What Polku is and the attributions its reference data requires; open without logging in. */
export function AboutPage() {
  const { t } = useTranslation(['about', 'common']);
  const newWindow = t('common:externalLink');
  return (
    <Article data-qa="about-page">
      <PageHeading>{t('title')}</PageHeading>

      <Heading variant="h2" mb="s">
        {t('what.title')}
      </Heading>
      <Paragraph mb="s">{t('what.purpose')}</Paragraph>
      <Paragraph mb="s">{t('what.scope')}</Paragraph>
      <Paragraph mb="xl">{t('what.models')}</Paragraph>

      <Heading variant="h2" mb="s">
        {t('sources.title')}
      </Heading>
      <Paragraph mb="l">{t('sources.intro')}</Paragraph>

      <section data-qa="about-esco">
        <Heading variant="h3" mb="xs">
          {t('sources.esco.title')}
        </Heading>
        <Paragraph mb="xs">
          {t('sources.esco.attribution')}{' '}
          <ExternalLink href={escoUrl} labelNewWindow={newWindow}>
            esco.ec.europa.eu
          </ExternalLink>
        </Paragraph>
        <Paragraph mb="xs">{t('sources.esco.modified')}</Paragraph>
        <Paragraph mb="xs">{t('sources.esco.licence')}</Paragraph>
        <Paragraph mb="l">{t('sources.esco.statistics')}</Paragraph>
      </section>

      <section data-qa="about-places">
        <Heading variant="h3" mb="xs">
          {t('sources.places.title')}
        </Heading>
        <Paragraph mb="xs">
          {t('sources.places.posti')}{' '}
          <ExternalLink href={postiUrl} labelNewWindow={newWindow}>
            {t('sources.places.postiLink')}
          </ExternalLink>
        </Paragraph>
        <Paragraph mb="xs">{t('sources.places.boundaries')}</Paragraph>
        <Paragraph mb="l">
          {t('sources.places.geonames')}{' '}
          <ExternalLink href={geoNamesUrl} labelNewWindow={newWindow}>
            www.geonames.org
          </ExternalLink>
        </Paragraph>
      </section>

      <section data-qa="about-industries">
        <Heading variant="h3" mb="xs">
          {t('sources.industries.title')}
        </Heading>
        <Paragraph mb="l">
          {t('sources.industries.attribution')}{' '}
          <ExternalLink href={statisticsFinlandClassificationUrl} labelNewWindow={newWindow}>
            {t('sources.industries.link')}
          </ExternalLink>
        </Paragraph>
      </section>

      <section data-qa="about-education">
        <Heading variant="h3" mb="xs">
          {t('sources.education.title')}
        </Heading>
        <Paragraph mb="xs">{t('sources.education.isced')}</Paragraph>
        <Paragraph mb="l">{t('sources.education.esf')}</Paragraph>
      </section>

      <section data-qa="about-methods">
        <Heading variant="h3" mb="xs">
          {t('sources.methods.title')}
        </Heading>
        <Paragraph>{t('sources.methods.ips')}</Paragraph>
      </section>
    </Article>
  );
}

const Article = styled.article`
  .fi-paragraph {
    max-width: 46em;
  }
`;
