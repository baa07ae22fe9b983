import { useTranslation } from 'react-i18next';
import { Heading, HintText, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { AdminOrganisation } from '../../../contract/admin';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useAdminLabels } from './labels';
import { emptyMembershipRow, type MembershipRow } from './membership-form';

/** Dropdowns cannot hold an empty value, so "no team" has a name of its own. */
const noTeam = 'none';

type MembershipsEditorProps = {
  rows: readonly MembershipRow[];
  onChange: (rows: MembershipRow[]) => void;
  organisations: readonly AdminOrganisation[];
  fieldError: (path: string) => string | undefined;
  /** h2 on its own, h3 inside the user page's "Name and roles" section. */
  headingVariant: 'h2' | 'h3';
};

/** A user's roles: each row is one role in one organisation, optionally in one of its teams. */
export function MembershipsEditor({ rows, onChange, organisations, fieldError, headingVariant }: MembershipsEditorProps) {
  const { t } = useTranslation('admin');
  const { roleOptions } = useAdminLabels();
  const organisationOptions = organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }));
  // With a single organisation there is nothing to choose: rows start in it and the choice is not shown.
  const defaultOrganisation = organisations.length === 1 ? organisations[0]!.id : null;

  // An admin always administers some organisation: no organisations yet means the list is still loading
  // (and a suomifi Dropdown cannot even be drawn without options and a value).
  if (organisations.length === 0) return <LoadingIndicator />;

  const update = (index: number, changes: Partial<MembershipRow>) =>
    onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...changes } : row)));

  return (
    <Group data-qa="memberships-editor">
      <Legend>
        <Heading variant={headingVariant} as="span">
          {t('memberships.title')}
        </Heading>
      </Legend>
      <HintText mb="m">{t('memberships.hint')}</HintText>
      {rows.map((row, index) => {
        const teams = organisations.find((organisation) => organisation.id === row.organisationId)?.teams ?? [];
        const number = String(index + 1);
        return (
          <Row key={row.key} data-qa={`membership-row-${index}`}>
            <RowLegend>{t('memberships.rowLegend', { number })}</RowLegend>
            {defaultOrganisation ? null : (
              <DropdownField
                labelText={t('memberships.organisation')}
                options={organisationOptions}
                value={row.organisationId}
                // A team belongs to one organisation; another organisation cannot keep it.
                onChange={(organisationId) => update(index, { organisationId, teamId: null })}
                error={fieldError(`memberships.${index}.organisationId`)}
                data-qa={`membership-organisation-${index}`}
              />
            )}
            <DropdownField
              labelText={t('memberships.role')}
              options={roleOptions}
              value={row.role}
              onChange={(role) => update(index, { role })}
              error={fieldError(`memberships.${index}.role`)}
              data-qa={`membership-role-${index}`}
            />
            <DropdownField
              labelText={t('memberships.team')}
              options={[{ value: noTeam, label: t('memberships.noTeam') }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
              value={row.teamId ?? noTeam}
              onChange={(teamId) => update(index, { teamId: teamId === noTeam ? null : teamId })}
              error={fieldError(`memberships.${index}.teamId`)}
              disabled={row.organisationId === null}
              data-qa={`membership-team-${index}`}
            />
            {rows.length > 1 ? (
              <RemoveButton
                variant="secondaryNoBorder"
                aria-label={t('memberships.removeLabel', { number })}
                onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}
                data-qa={`membership-remove-${index}`}
              >
                {t('memberships.remove')}
              </RemoveButton>
            ) : null}
          </Row>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...rows, emptyMembershipRow(defaultOrganisation)])} data-qa="membership-add">
        {t('memberships.add')}
      </Button>
    </Group>
  );
}

const Group = styled.fieldset`
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
  border: 0;
`;

const Legend = styled.legend`
  padding: 0;
  margin-bottom: ${tokens.spacing.xs};
`;

const Row = styled.fieldset`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  column-gap: ${tokens.spacing.m};
  margin: 0 0 ${tokens.spacing.m};
  padding: ${tokens.spacing.s} ${tokens.spacing.m} 0;
  border: 1px solid ${tokens.colors.depthLight2};
  border-radius: 2px;

  & > div {
    width: 260px;
  }
`;

const RowLegend = styled.legend`
  ${tokens.typography.bodySemiBoldSmall};
  padding: 0 ${tokens.spacing.xxs};
`;

// Level with the fields below their labels; fields with an error grow downwards only.
const RemoveButton = styled(Button)`
  margin-top: 30px;
`;
