import styled from 'styled-components';

/** Login steps read best as one narrow column. */
export const AuthColumn = styled.div`
  max-width: 520px;
`;
