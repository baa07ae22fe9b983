import type { ReactNode } from 'react';
import { Heading, Notification, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { useMoveErrorText } from '../proposals/error-text';

type MatchListProps<Row> = {
  items: readonly Row[];
  nearMisses: readonly Row[];
  renderRow: (row: Row, rank: number) => ReactNode;
  texts: { list: string; empty: string; nearMisses: string; nearMissesIntro: string; nearMissList: string };
};

/** The ranked matches, then the near misses under their own heading; both ordered lists. */
export function MatchList<Row>({ items, nearMisses, renderRow, texts }: MatchListProps<Row>) {
  return (
    <>
      {items.length === 0 ? (
        <Paragraph mb="m" data-qa="match-empty">
          {texts.empty}
        </Paragraph>
      ) : (
        <List aria-label={texts.list} data-qa="match-list">
          {items.map((row, index) => renderRow(row, index + 1))}
        </List>
      )}
      {nearMisses.length > 0 ? (
        <>
          <Heading variant="h3" as="h3" mb="xs">
            {texts.nearMisses}
          </Heading>
          <Paragraph mb="s">{texts.nearMissesIntro}</Paragraph>
          <List aria-label={texts.nearMissList} data-qa="match-near-misses">
            {nearMisses.map((row, index) => renderRow(row, index + 1))}
          </List>
        </>
      ) : null}
    </>
  );
}

/** What proposing from a row said: the announcement, or why it failed (consent, already proposed …). */
export function ProposeOutcome({ announcement, error }: { announcement: string | null; error: unknown }) {
  const errorText = useMoveErrorText()(error);
  return (
    <>
      <div role="status" data-qa="match-announcement">
        {announcement ? (
          <Notification status="neutral" showCloseButton={false} mb="m">
            {announcement}
          </Notification>
        ) : null}
      </div>
      <div role="alert" data-qa="match-propose-error">
        {errorText ? (
          <Notification status="error" showCloseButton={false} mb="m">
            {errorText}
          </Notification>
        ) : null}
      </div>
    </>
  );
}

const List = styled.ol`
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
`;
