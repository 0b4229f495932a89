using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LinkJ.Partnerships.Web.Domain;

/// <summary>What a token opens: the staff API (read-only, with a bearer header) or one user's calendar feed.</summary>
public enum TokenPurpose
{
    Api,
    Calendar,
}

/// <summary>
/// A secret that stands for its owner where no session cookie can: a program reading the staff API, or a calendar
/// app fetching a feed. 256 random bits, shown once when issued and stored only as their SHA-256, with the first
/// characters kept in clear so people can tell their tokens apart. Usable until revoked or expired, and only while
/// the owner's account is enabled (docs/decisions/032-one-token-mechanism.md).
/// </summary>
public sealed class AccessToken
{
    public const int NameMaxLength = 100;
    public const int HashLength = 64;

    /// <summary>Characters of the secret kept in clear: the purpose's marker and six random characters (36 bits of 256).</summary>
    public const int PrefixLength = 12;

    /// <summary>An API token's longest life; calendar tokens live until turned off or regenerated.</summary>
    public const int MaxApiLifetimeDays = 365;

    /// <summary>Last use is written at most this often per token, so a busy program does not write on every call.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private const int RandomBytes = 32;

    private AccessToken()
    {
        OwnerId = Name = Hash = Prefix = string.Empty;
    }

    private AccessToken(string ownerId, TokenPurpose purpose, string name, string hash, string prefix, DateTime createdAt, DateTime? expiresAt, bool includeNoticePoints)
    {
        OwnerId = ownerId;
        Purpose = purpose;
        Name = name;
        Hash = hash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        IncludeNoticePoints = includeNoticePoints;
    }

    public int Id { get; private set; }

    public string OwnerId { get; private set; }

    public AppUser? Owner { get; private set; }

    public TokenPurpose Purpose { get; private set; }

    public string Name { get; private set; }

    /// <summary>SHA-256 of the secret, lowercase hex; the secret itself is never stored.</summary>
    public string Hash { get; private set; }

    /// <summary>The secret's first <see cref="PrefixLength"/> characters, for display only.</summary>
    public string Prefix { get; private set; }

    /// <summary>UTC, as are the other times.</summary>
    public DateTime CreatedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    /// <summary>Calendar feeds only: also the notice points before the end and the day after it.</summary>
    public bool IncludeNoticePoints { get; private set; }

    /// <summary>An API token: read-only, named, expiring within <see cref="MaxApiLifetimeDays"/> of now.</summary>
    public static (AccessToken Token, string Secret) IssueApi(string ownerId, string name, DateTime now, DateTime expiresAt)
    {
        if (!IsValidApiExpiry(expiresAt, now))
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), "An API token expires after now and within a year.");
        }

        return Issue(ownerId, TokenPurpose.Api, name, now, expiresAt, includeNoticePoints: false);
    }

    /// <summary>A calendar feed's token: no expiry, it lives until turned off, regenerated or its owner is disabled.</summary>
    public static (AccessToken Token, string Secret) IssueCalendar(string ownerId, DateTime now, bool includeNoticePoints) =>
        Issue(ownerId, TokenPurpose.Calendar, "Calendar feed", now, expiresAt: null, includeNoticePoints);

    public static bool IsValidApiExpiry(DateTime expiresAt, DateTime now) => expiresAt > now && expiresAt <= now.AddDays(MaxApiLifetimeDays);

    /// <summary>The marker every secret of a purpose starts with, so a leaked one is recognisable (by secret scanners too).</summary>
    public static string MarkerOf(TokenPurpose purpose) => purpose == TokenPurpose.Api ? "ljapi_" : "ljcal_";

    /// <summary>Whether <paramref name="secret"/> has the shape of one of this purpose's secrets; anything else is not looked up.</summary>
    public static bool LooksLike(string? secret, TokenPurpose purpose) =>
        secret is { Length: 6 + 43 } && secret.StartsWith(MarkerOf(purpose), StringComparison.Ordinal)
        && secret.AsSpan(6).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpiredAt(DateTime now) => ExpiresAt is { } expires && now >= expires;

    /// <summary>Usable by its secret at <paramref name="now"/>; the owner's account must also be enabled.</summary>
    public bool IsUsableAt(DateTime now) => !IsRevoked && !IsExpiredAt(now);

    public bool LastUseIsStaleAt(DateTime now) => LastUsedAt is not { } last || now - last >= LastUsedResolution;

    public void Revoke(DateTime now, string? by)
    {
        if (RevokedAt is null)
        {
            RevokedAt = now;
            RevokedBy = by;
        }
    }

    private static (AccessToken, string) Issue(string ownerId, TokenPurpose purpose, string name, DateTime now, DateTime? expiresAt, bool includeNoticePoints)
    {
        var secret = MarkerOf(purpose) + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        return (new AccessToken(ownerId, purpose, name, HashOf(secret), secret[..PrefixLength], now, expiresAt, includeNoticePoints), secret);
    }
}
