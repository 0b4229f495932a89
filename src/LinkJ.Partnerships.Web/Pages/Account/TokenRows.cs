using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Account;

public enum TokenState
{
    Active,
    Expired,
    Revoked,
}

/// <summary>A token as its owner's page and the admins' page list it: never its secret, only its prefix.</summary>
public sealed record TokenRow(
    int Id, TokenPurpose Purpose, string Name, string Prefix, string Owner, bool OwnerDisabled, DateTime CreatedAt, DateTime? ExpiresAt,
    DateTime? LastUsedAt, DateTime? RevokedAt, string? RevokedBy, bool IncludeNoticePoints)
{
    public TokenState StateAt(DateTime now) =>
        RevokedAt is not null ? TokenState.Revoked : ExpiresAt is { } expires && now >= expires ? TokenState.Expired : TokenState.Active;
}

public static class TokenRows
{
    /// <summary>The tokens, newest first; <paramref name="ownerId"/> narrows them to one account's.</summary>
    public static Task<List<TokenRow>> ListAsync(RegistryDbContext db, string? ownerId, TokenPurpose? purpose, CancellationToken cancellationToken)
    {
        var tokens = db.AccessTokens.AsNoTracking();
        if (ownerId is not null)
        {
            tokens = tokens.Where(t => t.OwnerId == ownerId);
        }

        if (purpose is { } only)
        {
            tokens = tokens.Where(t => t.Purpose == only);
        }

        return tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new TokenRow(
                t.Id, t.Purpose, t.Name, t.Prefix, t.Owner!.Email ?? t.Owner.UserName ?? t.OwnerId, t.Owner.DisabledAt != null,
                t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.RevokedBy, t.IncludeNoticePoints))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a token (of <paramref name="ownerId"/> only, when given); false if there is no such token.</summary>
    public static async Task<bool> RevokeAsync(
        RegistryDbContext db, int id, string? ownerId, DateTime now, string? by, ILogger logger, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && (ownerId == null || t.OwnerId == ownerId), cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.Revoke(now, by);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning(
            Infrastructure.Security.SecurityEvents.AccessTokenRevoked, "Access token {TokenId} ({Purpose}) of {UserId} revoked by {By}",
            token.Id, token.Purpose, token.OwnerId, Infrastructure.Security.LogText.Clean(by));
        return true;
    }
}

/// <summary>What the token table partial shows: the rows, the moment and zone they are read in, and whose they are.</summary>
public sealed record TokenTable(IReadOnlyList<TokenRow> Rows, DateTime Now, Func<DateTime, DateOnly> DayOf, bool ShowOwner);
