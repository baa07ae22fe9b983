import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { pageWidth } from './page-width';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Footer>
      <Inner>
        <Name>{t('appName')}</Name>
        <span>{t('footer.openSource')}</span>
        <Link to="/about" data-qa="footer-about">
          {t('footer.about')}
        </Link>
      </Inner>
    </Footer>
  );
}

const Footer = styled.footer`
  ${tokens.typography.bodyTextSmall};
  background: ${tokens.colors.depthLight3};
  border-top: 1px solid ${tokens.colors.depthLight1};
`;

const Inner = styled.div`
  ${pageWidth};
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${tokens.spacing.xs} ${tokens.spacing.l};
  padding-top: ${tokens.spacing.l};
  padding-bottom: ${tokens.spacing.l};
`;

const Name = styled.span`
  ${tokens.typography.bodySemiBold};
  color: ${tokens.colors.brandBase};
`;

const Link = styled(RouterLink)`
  color: ${tokens.colors.highlightBase};

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;
