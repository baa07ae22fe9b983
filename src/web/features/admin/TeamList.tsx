import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AdminOrganisation, Team } from '../../../contract/admin';
import { apiPost, apiPut } from '../../api/client';
import { Button } from '../../components/Button';
import { adminKeys } from './queries';
import { TeamNameForm } from './TeamNameForm';

type TeamListProps = { organisation: AdminOrganisation; onNotice: (message: string) => void };

/** The organisation's teams, each renamed in place, and a field for adding one more. */
export function TeamList({ organisation, onNotice }: TeamListProps) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState<string | null>(null);
  // When the rename form closes, focus returns to the team's own button instead of falling to the page.
  const [returnFocusTo, setReturnFocusTo] = useState<{ teamId: string } | null>(null);
  // suomifi types its forwardedRef as a ref that is never null; until the button mounts it is.
  const returnButton = useRef<HTMLButtonElement>(null!);
  useEffect(() => returnButton.current?.focus(), [returnFocusTo]);
  const closeRename = (teamId: string) => {
    setRenaming(null);
    setReturnFocusTo({ teamId });
  };

  const saved = (message: string) => {
    // Team names show in user memberships too.
    void queryClient.invalidateQueries({ queryKey: adminKeys.all });
    onNotice(message);
  };

  return (
    <>
      {organisation.teams.length === 0 ? <Paragraph mb="s">{t('organisations.noTeams')}</Paragraph> : null}
      <List aria-label={t('organisations.teamsLabel', { name: organisation.name })}>
        {organisation.teams.map((team) => (
          <Item key={team.id} data-qa={`team-${team.name}`}>
            {renaming === team.id ? (
              <TeamNameForm
                labelText={t('teams.newName')}
                initialName={team.name}
                submitText={t('teams.saveName')}
                save={(name) => apiPut<Team>(`/api/admin/teams/${team.id}`, { name })}
                onSaved={(renamed) => {
                  closeRename(team.id);
                  saved(t('teams.renamed', { name: renamed.name }));
                }}
                onCancel={() => closeRename(team.id)}
                data-qa="team-rename"
              />
            ) : (
              <>
                <TeamName>{team.name}</TeamName>
                <Button
                  variant="secondaryNoBorder"
                  aria-label={t('teams.renameLabel', { name: team.name })}
                  onClick={() => setRenaming(team.id)}
                  forwardedRef={returnFocusTo?.teamId === team.id ? returnButton : undefined}
                  data-qa={`team-rename-open-${team.name}`}
                >
                  {t('teams.rename')}
                </Button>
              </>
            )}
          </Item>
        ))}
      </List>
      <TeamNameForm
        labelText={t('teams.addName')}
        initialName=""
        submitText={t('teams.add')}
        save={(name) => apiPost<Team>(`/api/admin/organisations/${organisation.id}/teams`, { name })}
        onSaved={(team) => saved(t('teams.added', { name: team.name }))}
        data-qa={`team-add-${organisation.id}`}
      />
    </>
  );
}

const List = styled.ul`
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.xxs} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;

const TeamName = styled.span`
  ${tokens.typography.bodyText};
  min-width: 240px;
`;
