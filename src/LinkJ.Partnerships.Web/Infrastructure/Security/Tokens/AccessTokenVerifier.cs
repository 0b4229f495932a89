using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Infrastructure.Security.Tokens;

/// <summary>Who a usable token stands for: its id (for logs), its owner and the owner's roles now.</summary>
public sealed record TokenHolder(int TokenId, string OwnerId, string OwnerName, IReadOnlyList<string> Roles, bool IncludeNoticePoints);

/// <summary>
/// The one check every token goes through, API and calendar alike: the secret's shape, its hash looked up in the
/// database on every request (nothing is cached, so a revoke or a disabled account stops it at once), not revoked,
/// not expired, the owner enabled. A use is logged with the token's id, never the secret, and moves its last-used
/// time on at most once a minute.
/// </summary>
public sealed class AccessTokenVerifier(RegistryDbContext db, TimeProvider time, ILogger<AccessTokenVerifier> logger)
{
    public async Task<TokenHolder?> VerifyAsync(string? secret, TokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (!AccessToken.LooksLike(secret, purpose))
        {
            return null;
        }

        var hash = AccessToken.HashOf(secret!);
        var found = await db.AccessTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.Purpose == purpose)
            .Select(t => new
            {
                Token = t,
                Name = t.Owner!.UserName,
                t.Owner.DisabledAt,
                Roles = db.UserRoles.Where(r => r.UserId == t.OwnerId).Select(r => r.RoleId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var token = found.Token;
        if (!token.IsUsableAt(now) || found.DisabledAt is not null)
        {
            logger.LogWarning(
                SecurityEvents.AccessTokenRefused, "Access token {TokenId} ({Purpose}) refused: {Reason}", token.Id, purpose,
                token.IsRevoked ? "revoked" : token.IsExpiredAt(now) ? "expired" : "account disabled");
            return null;
        }

        if (token.LastUseIsStaleAt(now))
        {
            await TouchAsync(token.Id, now, cancellationToken);
        }

        logger.LogInformation(SecurityEvents.AccessTokenUsed, "Access token {TokenId} ({Purpose}) used by {UserId}", token.Id, purpose, token.OwnerId);
        return new TokenHolder(token.Id, token.OwnerId, found.Name ?? token.OwnerId, found.Roles, token.IncludeNoticePoints);
    }

    /// <summary>
    /// Written past the audit (a use is not a change anyone made), in this app's writer turn on SQLite, and only if no
    /// other request wrote it within the minute meanwhile.
    /// </summary>
    private async Task TouchAsync(int tokenId, DateTime now, CancellationToken cancellationToken)
    {
        var staleBefore = now - AccessToken.LastUsedResolution;
        using var turn = await RegistryDatabase.Of(db).EnterWriteAsync(db, cancellationToken);
        await db.AccessTokens
            .Where(t => t.Id == tokenId && (t.LastUsedAt == null || t.LastUsedAt <= staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
    }
}
