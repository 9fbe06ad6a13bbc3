import type { CredentialLookup } from '../accounts/login-kinds';

/** The seed's third login tab: a unique logs in with its code and the password its owner set. */
export const uniqueLogin: CredentialLookup = async (stores, loginId) => {
  const found = await stores.uniques.findCredentials(loginId);
  return (
    found && {
      principal: { kind: 'unique', accountId: found.unique.accountId, circleId: found.unique.circleId, uniqueId: found.unique.id },
      passwordHash: found.passwordHash,
    }
  );
};
