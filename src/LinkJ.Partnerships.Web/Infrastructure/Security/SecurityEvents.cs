namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Event ids for what a security monitor should alert on, so a log query can select them by name instead of by wording.
/// </summary>
public static class SecurityEvents
{
    public static readonly EventId SignInFailed = new(4001, nameof(SignInFailed));
    public static readonly EventId AccountLockedOut = new(4002, nameof(AccountLockedOut));
    public static readonly EventId SignInThrottled = new(4003, nameof(SignInThrottled));
    public static readonly EventId AccountUnlocked = new(4004, nameof(AccountUnlocked));
    public static readonly EventId AccessTokenUsed = new(4005, nameof(AccessTokenUsed));
    public static readonly EventId AccessTokenRefused = new(4006, nameof(AccessTokenRefused));
    public static readonly EventId AccessTokenIssued = new(4007, nameof(AccessTokenIssued));
    public static readonly EventId AccessTokenRevoked = new(4008, nameof(AccessTokenRevoked));
}
