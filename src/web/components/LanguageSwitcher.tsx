import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { locales, type Locale } from '../../contract/common';

// Each language names itself, so a person who cannot read the current language still finds theirs.
const ownNames: Record<Locale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Group role="group" aria-label={t('language.label')}>
      {locales.map((language) => (
        <LanguageButton
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void i18n.changeLanguage(language)}
          data-qa={`language-${language}`}
        >
          {ownNames[language]}
        </LanguageButton>
      ))}
    </Group>
  );
}

const Group = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xxs};
`;

const LanguageButton = styled.button`
  ${tokens.typography.bodyTextSmall};
  padding: ${tokens.spacing.insetXs} ${tokens.spacing.insetM};
  border: 1px solid transparent;
  border-radius: 2px;
  background: none;
  color: ${tokens.colors.highlightBase};
  cursor: pointer;

  &:hover {
    text-decoration: underline;
  }
  &[aria-pressed='true'] {
    ${tokens.typography.bodySemiBoldSmall};
    color: ${tokens.colors.blackBase};
    border-color: ${tokens.colors.depthLight1};
    cursor: default;
    text-decoration: none;
  }
  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;
